/**
 * Checks dist/custom-elements.json (from `npm run manifest`) and the docs made from it:
 *   - every public member of every element (property, attribute, event, CSS part, custom property) has a
 *     description, since the Storybook docs pages and the VS Code data show nothing else;
 *   - every item of the public contract's element API is in the manifest;
 *   - every public tag, attribute, event and part is named somewhere a reader looks, in `docs/*.md` or the
 *     stories and their docs pages (`stories/**`), written in backticks (`track-progress`), as `::part(name)`,
 *     as `<tag` or as an attribute in example markup (`track-progress=`, ` collapsible>`);
 *   - the VS Code data offers attribute values, not type names.
 * Exits 1 with one line per problem.
 */
import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const manifestPath = process.argv[2] ?? 'dist/custom-elements.json';
const manifest = JSON.parse(readFileSync(join(root, manifestPath), 'utf8'));

/** The public contract's element API (section 2 of the contract), pinned so no edit can drop an item unnoticed. */
const CONTRACT = {
  'roadmap-timeline': {
    properties: ['roadmap'],
    attributes: ['roadmap', 'src', 'locale', 'theme', 'layout', 'heading-level'],
    events: ['roadmap-load', 'roadmap-error'],
    parts: ['loading', 'error'],
  },
  'stage-card': {
    properties: ['stage', 'index', 'locale', 'currency'],
    attributes: ['stage', 'index', 'locale', 'currency'],
  },
  'salary-band': {
    properties: ['min', 'max', 'currency', 'locale', 'period', 'scaleMin', 'scaleMax'],
    attributes: ['min', 'max', 'currency', 'locale', 'period', 'scale-min', 'scale-max'],
  },
};
const SINGULAR = {properties: 'property', attributes: 'attribute', events: 'event', parts: 'CSS part'};

/** The text of every file under `dir` whose name matches `pattern`. */
function texts(dir, pattern) {
  return readdirSync(join(root, dir), {recursive: true, withFileTypes: true})
    .filter((entry) => entry.isFile() && pattern.test(entry.name))
    .map((entry) => readFileSync(join(entry.parentPath, entry.name), 'utf8'));
}
const docs = [...texts('docs', /\.md$/), ...texts('stories', /\.(ts|mdx)$/)].join('\n');
const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const named = (name, forms) => forms.some((form) => new RegExp(form(escape(name))).test(docs));
const FORMS = {
  tags: [(name) => `<${name}[\\s>]`],
  attributes: [(name) => `\`${name}\``, (name) => `\\s${name}(=|>|\\s*$)`],
  events: [(name) => `\`${name}\``, (name) => `'${name}'`],
  parts: [(name) => `\`${name}\``, (name) => `part\\(${name}\\)`, (name) => `part="${name}"`],
};

const problems = [];
const elements = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration) => declaration.customElement);

for (const declaration of elements) {
  const tag = declaration.tagName;
  if (!tag) {
    problems.push(`${declaration.name}: no tag name in the manifest (add @tag to its JSDoc)`);
    continue;
  }
  const properties = (declaration.members ?? []).filter(
    (member) =>
      member.kind === 'field' &&
      !member.static &&
      (member.privacy ?? 'public') === 'public' &&
      !member.name.startsWith('#'),
  );
  const api = {
    properties,
    attributes: declaration.attributes ?? [],
    events: declaration.events ?? [],
    parts: declaration.cssParts ?? [],
    'custom properties': declaration.cssProperties ?? [],
  };
  if (!declaration.description?.trim() && !declaration.summary?.trim()) problems.push(`<${tag}>: no description`);
  for (const [kind, items] of Object.entries(api)) {
    for (const item of items) {
      if (!item.description?.trim()) problems.push(`<${tag}> ${SINGULAR[kind] ?? kind} ${item.name}: no description`);
    }
  }
  for (const [kind, names] of Object.entries(CONTRACT[tag] ?? {})) {
    for (const name of names) {
      if (!api[kind].some((item) => item.name === name)) {
        problems.push(`<${tag}> ${SINGULAR[kind]} ${name}: in the contract but missing from the manifest`);
      }
    }
  }
  if (!named(tag, FORMS.tags)) problems.push(`<${tag}>: not named in docs/ or stories/`);
  for (const kind of ['attributes', 'events', 'parts']) {
    for (const {name} of api[kind]) {
      if (!named(name, FORMS[kind]))
        problems.push(`<${tag}> ${SINGULAR[kind]} ${name}: not documented in docs/ or stories/`);
    }
  }
}
for (const tag of Object.keys(CONTRACT)) {
  if (!elements.some((declaration) => declaration.tagName === tag)) problems.push(`<${tag}>: not in the manifest`);
}

// The VS Code data offers attribute values: they must be values (`dark`), never type names (`Theme`).
const vscode = JSON.parse(readFileSync(join(root, 'dist/vscode.html-custom-data.json'), 'utf8'));
for (const tag of vscode.tags ?? []) {
  for (const attribute of tag.attributes ?? []) {
    const typeNames = (attribute.values ?? []).map((value) => value.name).filter((name) => /^[A-Z]/.test(name));
    if (typeNames.length) {
      problems.push(
        `vscode data: <${tag.name}> ${attribute.name} offers type names as values: ${typeNames.join(', ')}`,
      );
    }
  }
}

if (problems.length) {
  console.error(`check-manifest: ${problems.length} problems with ${manifestPath}:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(
  `${manifestPath}: ${elements.length} elements, every member described, the contract's API present, ` +
    'every tag, attribute, event and part documented in docs/ or stories/',
);
