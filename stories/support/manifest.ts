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
  members?: (ManifestItem & {kind: string; privacy?: string; static?: boolean})[];
  events?: ManifestItem[];
  cssParts?: ManifestItem[];
  cssProperties?: ManifestItem[];
}

interface Manifest {
  modules: {declarations?: (Partial<ManifestElement> & {customElement?: boolean})[]}[];
}

/**
 * The manifest as Storybook's autodocs should read it. Storybook keys every row of an element's API table by
 * name, so a part named like an attribute (`<salary-band>`'s part and attribute `label`, `<stage-card>`'s
 * `index`) would hide it: parts are listed as `::part(name)`, which is also how a stylesheet names them.
 * Private and protected members (internal state) are left out.
 */
export function forAutodocs(source: object): object {
  const {modules, ...rest} = source as Manifest;
  return {
    ...rest,
    modules: modules.map((module) => ({
      ...module,
      declarations: module.declarations?.map((declaration) => ({
        ...declaration,
        members: declaration.members?.filter((member) => (member.privacy ?? 'public') === 'public'),
        cssParts: declaration.cssParts?.map((part) => ({...part, name: `::part(${part.name})`})),
      })),
    })),
  };
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
