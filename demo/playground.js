// The playground: edit roadmap JSON with located errors, preview it live, copy the embed code.
// Validation is the library's own (`RoadmapElements.validateRoadmap`, from the classic script); the lines and
// columns come from `locateIssues`, a small DOM-free module of the npm package.
import {locateIssues} from '/dist/lib/schema/json-text.js';

const {validateRoadmap, formatIssue} = window.RoadmapElements;
const $ = (id) => document.getElementById(id);
const editor = $('json');
const status = $('status');
const issuesList = $('issues');
const preview = $('preview');
const embed = $('embed');
const previewSection = preview.closest('section');
const controls = ['theme', 'locale', 'layout'].map((name) => ({name, select: $(name)}));

/** The page's own copy of the classic script, as an absolute address a blank page can load. */
const scriptSrc = document.querySelector('script[src*="roadmap-elements"]').src;

/** JSON for inside a `<script>`: `<` escaped, so no `</script>` or `<!--` in the data can end it early. */
const scriptSafe = (json) => json.replace(/</g, '\\u003c');
const attribute = (value) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The exact HTML to paste: the script tag, then the element with the roadmap inlined. */
function embedCode(json) {
  const attributes = controls
    .filter(({select}) => select.value)
    .map(({name, select}) => ` ${name}="${attribute(select.value)}"`)
    .join('');
  return `<script src="${attribute(scriptSrc)}"></script>
<roadmap-timeline${attributes}>
  <script type="application/json">
${scriptSafe(json.trim())}
  </script>
</roadmap-timeline>
`;
}

/** Selects a line and column in the editor, so a reader lands on the problem. */
function reveal(line, column) {
  const lines = editor.value.split('\n');
  let offset = 0;
  for (let index = 0; index < line - 1; index++) offset += lines[index].length + 1;
  offset += column - 1;
  editor.focus();
  editor.setSelectionRange(offset, Math.min(offset + 1, editor.value.length));
  const lineHeight = editor.scrollHeight / Math.max(lines.length, 1);
  editor.scrollTop = Math.max(0, (line - 3) * lineHeight);
}

function showIssues(issues) {
  status.textContent = `${issues.length === 1 ? '1 problem' : `${issues.length} problems`}: the preview shows the last valid version.`;
  status.classList.add('invalid');
  // The preview keeps the last valid version, dimmed, with a note saying so (none before the first valid one).
  previewSection.classList.toggle('stale', lastGood !== undefined);
  issuesList.replaceChildren(
    ...issues.map((issue) => {
      const item = document.createElement('li');
      const text = formatIssue(issue);
      if (issue.line === undefined) {
        item.textContent = text;
        return item;
      }
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = `Line ${issue.line}, column ${issue.column}: ${text}`;
      button.addEventListener('click', () => reveal(issue.line, issue.column));
      item.append(button);
      return item;
    }),
  );
}

let lastGood;
/** Counts validations, so a slow answer for older text never replaces the answer for newer text. */
let latest = 0;
async function update() {
  const text = editor.value;
  const run = ++latest;
  // A promise: the embed loads the wording of problems the first time there is one.
  const result = await validateRoadmap(text);
  if (run !== latest) return;
  if (!result.ok) {
    showIssues(locateIssues(text, result.issues));
  } else {
    lastGood = text;
    const count = result.roadmap.stages.length;
    status.textContent = `Valid roadmap: ${count === 1 ? '1 stage' : `${count} stages`}.`;
    status.classList.remove('invalid');
    previewSection.classList.remove('stale');
    issuesList.replaceChildren();
    preview.roadmap = result.roadmap;
  }
  if (lastGood !== undefined) embed.value = embedCode(lastGood);
}

let timer;
editor.addEventListener('input', () => {
  clearTimeout(timer);
  timer = setTimeout(update, 150);
});

for (const {name, select} of controls) {
  select.addEventListener('change', () => {
    if (select.value) preview.setAttribute(name, select.value);
    else preview.removeAttribute(name);
    if (lastGood !== undefined) embed.value = embedCode(lastGood);
  });
}

async function loadSample() {
  const response = await fetch($('sample').value);
  editor.value = await response.text();
  await update();
}
$('sample').addEventListener('change', loadSample);

$('copy').addEventListener('click', async () => {
  const copied = $('copied');
  try {
    await navigator.clipboard.writeText(embed.value);
    copied.textContent = 'Copied to the clipboard.';
  } catch {
    embed.focus();
    embed.select();
    copied.textContent = 'Selected: press Ctrl+C (⌘C on a Mac) to copy.';
  }
});

await loadSample();
document.documentElement.dataset.ready = '';
