/** The Custom Elements Manifest, typed as far as the stories and docs pages read it. */
import manifest from 'roadmap-elements/custom-elements.json';

export interface ManifestItem {
  name: string;
  description?: string;
  default?: string;
  type?: {text: string};
}

export interface ManifestElement {
  name: string;
  tagName: string;
  summary?: string;
  description?: string;
  attributes?: (ManifestItem & {fieldName?: string})[];
  members?: (ManifestItem & {kind: string; privacy?: string; static?: boolean; readonly?: boolean})[];
  events?: ManifestItem[];
  cssParts?: ManifestItem[];
  cssProperties?: ManifestItem[];
}

interface Manifest {
  modules: {declarations?: (Partial<ManifestElement> & {customElement?: boolean})[]}[];
}

/** Parts an element passes on from the elements inside it, renamed with these prefixes (`stage-title`). */
const FORWARDED_PREFIXES = ['market-salary-', 'stage-', 'salary-'];

/**
 * The manifest as Storybook's autodocs should read it: one compact API table per element.
 * - Storybook keys every row by name, so a part named like an attribute (`<salary-band>`'s part and attribute
 *   `label`) would hide it: parts are listed as `::part(name)`, which is also how a stylesheet names them.
 * - A property with an attribute is one row, the attribute's, which names the property; properties without one
 *   (`progress`, the read-only `shownRoadmap` and `error`) have their own rows. Private and protected members
 *   (internal state) are left out.
 * - The parts passed on from inner elements (`stage-title`, `salary-bar`, …) are one row per prefix.
 */
export function forAutodocs(source: object): object {
  const {modules, ...rest} = source as Manifest;
  return {
    ...rest,
    modules: modules.map((module) => ({
      ...module,
      declarations: module.declarations?.map((declaration) => {
        const attributes = declaration.attributes ?? [];
        const withAttribute = new Set(attributes.map((attribute) => attribute.fieldName));
        const members = (declaration.members ?? [])
          .filter((member) => (member.privacy ?? 'public') === 'public')
          .filter((member) => member.kind !== 'field' || member.static || !withAttribute.has(member.name))
          .map((member) =>
            member.readonly ? {...member, description: `Read-only. ${member.description ?? ''}`.trim()} : member,
          );
        return {
          ...declaration,
          attributes: attributes.map((attribute) =>
            attribute.fieldName && attribute.fieldName !== attribute.name
              ? {
                  ...attribute,
                  description: `${attribute.description ?? ''} Property: \`${attribute.fieldName}\`.`.trim(),
                }
              : attribute,
          ),
          members,
          cssParts: compactParts(declaration.cssParts ?? []),
        };
      }),
    })),
  };
}

function compactParts(parts: ManifestItem[]): ManifestItem[] {
  const own: ManifestItem[] = [];
  const groups = new Map<string, ManifestItem[]>();
  for (const part of parts) {
    const prefix = FORWARDED_PREFIXES.find((candidate) => part.name.startsWith(candidate));
    if (prefix) groups.set(prefix, [...(groups.get(prefix) ?? []), part]);
    else own.push({...part, name: `::part(${part.name})`});
  }
  for (const [prefix, group] of groups) {
    const names = group.map(({name}) => `\`${name}\``).join(', ');
    own.push({name: `::part(${prefix}…)`, description: `Passed on from the elements inside: ${names}.`});
  }
  return own;
}

/** Every element in the manifest, in the order of its modules. */
export const ELEMENTS: ManifestElement[] = (manifest as Manifest).modules
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration): declaration is ManifestElement => Boolean(declaration.customElement && declaration.tagName));

/** The element documented under `tag`. */
export function element(tag: string): ManifestElement {
  const found = ELEMENTS.find((candidate) => candidate.tagName === tag);
  if (!found) throw new Error(`<${tag}> is not in the Custom Elements Manifest`);
  return found;
}

/** A Markdown table, with `|` in cells escaped. */
export function markdownTable(head: string[], rows: string[][]): string {
  const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
  return [head, head.map(() => '---'), ...rows].map((row) => `| ${row.map(cell).join(' | ')} |`).join('\n');
}

/** The arg Storybook names after an event, as its web-components renderer does: `roadmap-load` → `onRoadmapLoad`. */
export function handlerName(event: string): string {
  const camel = event.replace(/[-_:.\s]+(.)?/g, (_match, letter?: string) => (letter ? letter.toUpperCase() : ''));
  return `on${camel.charAt(0).toUpperCase()}${camel.slice(1)}`;
}
