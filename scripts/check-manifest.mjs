/**
 * Checks dist/custom-elements.json (from `npm run manifest`) against the documented API: every attribute,
 * property, event, CSS part and custom property that README.md's API reference names, and every item of the
 * public contract, must be in the manifest with a description; and everything public in the manifest must be
 * in the README. The VS Code data generated from it must offer attribute values, not type names. Exits 1 with
 * one line per problem.
 *
 * The README is parsed by a few fixed rules, in each "### `<tag>`" section: tables headed "Property"
 * (property and attribute columns), "Event" and "CSS part", and the paragraphs that start "CSS parts:" or
 * "It also passes on the parts" (backticked names). Custom properties come from the Theming table.
 */
import {readFileSync} from 'node:fs';

const root = new URL('../', import.meta.url);
const manifestPath = process.argv[2] ?? 'dist/custom-elements.json';
const manifest = JSON.parse(readFileSync(new URL(manifestPath, root), 'utf8'));
const readme = readFileSync(new URL('README.md', root), 'utf8');

/**
 * The public contract's element API (section 2 of the project's contract), pinned here so that a README edit
 * cannot drop an item from the check unnoticed.
 */
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

/** Backticked names in the parts paragraphs that are not parts: the `link-<rel>` pattern's examples and words. */
const NOT_PARTS = new Set(['rel', 'link-roles', 'link-salary']);

const KINDS = ['properties', 'attributes', 'events', 'parts'];
const empty = () => Object.fromEntries(KINDS.map((kind) => [kind, new Set()]));

const cells = (line) =>
  line
    .slice(1, -1)
    .split(/(?<!\\)\|/)
    .map((cell) => cell.trim());
const ticked = (text) => [...text.matchAll(/`([^`]+)`/g)].map((match) => match[1]);

/** What the README documents for each tag, and the custom properties of the Theming table. */
function readmeApi() {
  const api = {};
  const sections = readme.split(/^### /m).slice(1);
  for (const section of sections) {
    const tag = /^`<([a-z-]+)>`/.exec(section)?.[1];
    if (!tag) continue;
    const documented = (api[tag] = empty());
    let table;
    for (const block of section.split(/\n\s*\n/)) {
      if (/^(CSS parts:|It also passes on the parts)/.test(block)) {
        for (const name of ticked(block)) {
          if (/^[a-z][a-z0-9-]*$/.test(name) && !NOT_PARTS.has(name)) documented.parts.add(name);
        }
      }
    }
    for (const line of section.split('\n')) {
      if (!line.startsWith('|')) {
        table = undefined;
        continue;
      }
      const row = cells(line);
      if (table === undefined) {
        table = row[0];
        continue;
      }
      if (/^-+$/.test(row[0])) continue;
      const [first, second] = row.map((cell) => ticked(cell)[0]);
      if (table === 'Property') {
        if (first) documented.properties.add(first);
        if (second) documented.attributes.add(second);
      } else if (table === 'Event' && first) documented.events.add(first);
      else if (table === 'CSS part' && first) documented.parts.add(first);
    }
  }
  const theming = readme.split(/^### Theming/m)[1]?.split(/^#/m)[0] ?? '';
  const customProperties = new Set(theming.match(/^\| `(--roadmap-[a-z-]+)`/gm)?.map((row) => row.slice(3, -1)));
  return {api, customProperties};
}

/** The manifest's public API per tag, each name with its description. */
function manifestApi() {
  const api = {};
  const customProperties = new Map();
  for (const module of manifest.modules ?? []) {
    for (const declaration of module.declarations ?? []) {
      if (!declaration.customElement) continue;
      if (!declaration.tagName) {
        problems.push(`${declaration.name}: no tag name in the manifest (add @tag to its JSDoc)`);
        continue;
      }
      const described = (list) => new Map((list ?? []).map((item) => [item.name, item.description ?? '']));
      const members = (declaration.members ?? []).filter(
        (member) =>
          member.kind === 'field' &&
          !member.static &&
          (member.privacy ?? 'public') === 'public' &&
          !member.name.startsWith('#'),
      );
      api[declaration.tagName] = {
        properties: described(members),
        attributes: described(declaration.attributes),
        events: described(declaration.events),
        parts: described(declaration.cssParts),
      };
      for (const property of declaration.cssProperties ?? []) {
        const descriptions = customProperties.get(property.name) ?? [];
        descriptions.push(property.description ?? '');
        customProperties.set(property.name, descriptions);
      }
    }
  }
  return {api, customProperties};
}

const problems = [];
const documented = readmeApi();
const generated = manifestApi();
const singular = {properties: 'property', attributes: 'attribute', events: 'event', parts: 'CSS part'};

for (const tag of new Set([...Object.keys(CONTRACT), ...Object.keys(documented.api)])) {
  const inManifest = generated.api[tag];
  if (!inManifest) {
    problems.push(`<${tag}>: not in the manifest`);
    continue;
  }
  for (const kind of KINDS) {
    const wanted = new Set([...(CONTRACT[tag]?.[kind] ?? []), ...(documented.api[tag]?.[kind] ?? [])]);
    for (const name of wanted) {
      const description = inManifest[kind].get(name);
      if (description === undefined) problems.push(`<${tag}> ${singular[kind]} ${name}: missing from the manifest`);
      else if (!description.trim()) problems.push(`<${tag}> ${singular[kind]} ${name}: no description in the manifest`);
    }
    for (const name of inManifest[kind].keys()) {
      if (!documented.api[tag]?.[kind].has(name)) {
        problems.push(`<${tag}> ${singular[kind]} ${name}: in the manifest but not in README.md's API reference`);
      }
    }
  }
}
for (const name of documented.customProperties) {
  const descriptions = generated.customProperties.get(name);
  if (!descriptions) problems.push(`custom property ${name}: missing from the manifest`);
  else if (descriptions.some((description) => !description.trim())) {
    problems.push(`custom property ${name}: no description in the manifest`);
  }
}
for (const name of generated.customProperties.keys()) {
  if (!documented.customProperties.has(name)) {
    problems.push(`custom property ${name}: in the manifest but not in README.md's Theming table`);
  }
}
// The VS Code data offers attribute values: they must be values (`dark`), never type names (`Theme`).
const vscode = JSON.parse(readFileSync(new URL('dist/vscode.html-custom-data.json', root), 'utf8'));
for (const tag of vscode.tags ?? []) {
  for (const attribute of tag.attributes ?? []) {
    const typeNames = (attribute.values ?? []).map((value) => value.name).filter((name) => /^[A-Z]/.test(name));
    if (typeNames.length) {
      problems.push(
        `dist/vscode.html-custom-data.json: <${tag.name}> ${attribute.name} offers type names as values: ${typeNames.join(', ')}`,
      );
    }
  }
}
if (documented.customProperties.size === 0) problems.push('README.md: no custom properties found in the Theming table');

if (problems.length) {
  console.error(
    `check-manifest: ${problems.length} problems with ${manifestPath} and the data made from it:\n  ${problems.join('\n  ')}`,
  );
  process.exit(1);
}
const counts = Object.entries(generated.api).map(
  ([tag, api]) => `<${tag}> ${KINDS.map((kind) => `${api[kind].size} ${kind}`).join(', ')}`,
);
console.log(
  `${manifestPath}: the whole documented API, described (${counts.join('; ')}; ${generated.customProperties.size} custom properties)`,
);
