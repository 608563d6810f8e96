/**
 * The rules of the roadmap format that a type alone cannot state, as plain functions.
 *
 * The zod schema (`roadmap.ts`) calls them, and so does the small runtime checker (`check.ts`) that the embed
 * ships instead of zod: one implementation, so both say exactly the same thing about every input.
 */
import {SAFE_URL_SCHEMES} from './limits.js';
import {isLanguageTag} from '../format/locale.js';
import type {RawIssue} from './issues.js';

/** A problem a rule found, at `path` relative to the value it checked; `messages.ts` words it. */
export interface RuleIssue {
  path: (string | number)[];
  raw: RawIssue;
}

/** True for http(s) and relative URLs; false for every other scheme, however it is spelled or padded. */
export function isSafeHref(href: string): boolean {
  try {
    // The URL parser strips the tabs, newlines and padding a browser would strip, so `java\tscript:` is caught.
    const {protocol} = new URL(href, 'https://relative.invalid/');
    return (SAFE_URL_SCHEMES as readonly string[]).includes(protocol);
  } catch {
    return false;
  }
}

/** Checks on single strings, by name (a failure is `{code: 'rule', rule: name}`, worded by `messages.ts`). */
export const STRING_RULES = {
  href: isSafeHref,
  locale: isLanguageTag,
} as const satisfies Record<string, (value: string) => boolean>;

/** Reports every explicit `id` in `entries` that an earlier entry already has, at `[name, index, 'id']`. */
function uniqueIds(entries: readonly unknown[] | undefined, name: string, issues: RuleIssue[]): void {
  const seen = new Map<string, number>();
  entries?.forEach((entry, index) => {
    const id = typeof entry === 'object' ? (entry as {id?: string}).id : undefined;
    if (id === undefined) return;
    const first = seen.get(id);
    if (first === undefined) seen.set(id, index);
    else issues.push({path: [name, index, 'id'], raw: {code: 'duplicate_id', id, list: name, first}});
  });
}

interface Range {
  min: number;
  max: number;
}
interface Period {
  from: number;
  to?: number | undefined;
}
interface StageLike {
  items?: readonly unknown[] | undefined;
  curriculum?: readonly {items?: readonly unknown[] | undefined}[] | undefined;
  salary?: {source?: string | undefined} | undefined;
}
interface RoadmapLike {
  stages: readonly (StageLike & {id?: string | undefined})[];
  currency?: string | undefined;
  market?: {salary?: {source?: string | undefined} | undefined; source?: string | undefined} | undefined;
  sources?: readonly {id: string}[] | undefined;
}

/** Rules on whole objects, by name. Each runs once the object's fields are valid. */
export const OBJECT_RULES = {
  range({min, max}: Range): RuleIssue[] {
    return max < min ? [{path: ['max'], raw: {code: 'below', field: 'min', value: min}}] : [];
  },
  period({from, to}: Period): RuleIssue[] {
    return to !== undefined && to < from ? [{path: ['to'], raw: {code: 'below', field: 'from', value: from}}] : [];
  },
  stage(stage: StageLike): RuleIssue[] {
    // Explicit item ids key reading progress: they must be unique within their stage, and a stage's items,
    // curriculum entries and curriculum items share one namespace (see ids.ts).
    const issues: RuleIssue[] = [];
    const seen = new Map<string, {list: string; first: number}>();
    const claim = (entries: readonly unknown[] | undefined, list: string, path: (string | number)[]) =>
      entries?.forEach((entry, index) => {
        const id = typeof entry === 'object' ? (entry as {id?: string}).id : undefined;
        if (id === undefined) return;
        const first = seen.get(id);
        if (first === undefined) seen.set(id, {list, first: index});
        else issues.push({path: [...path, index, 'id'], raw: {code: 'duplicate_id', id, ...first}});
      });
    claim(stage.items, 'items', ['items']);
    claim(stage.curriculum, 'curriculum', ['curriculum']);
    stage.curriculum?.forEach((entry, index) =>
      claim(entry.items, `curriculum[${index}].items`, ['curriculum', index, 'items']),
    );
    return issues;
  },
  roadmap(roadmap: RoadmapLike): RuleIssue[] {
    const issues: RuleIssue[] = [];
    // Explicit stage ids must be unique: they key anchors and progress.
    uniqueIds(roadmap.stages, 'stages', issues);
    // Sources: ids unique, and every reference names one.
    uniqueIds(roadmap.sources, 'sources', issues);
    const known = (roadmap.sources ?? []).map((source) => source.id);
    const refer = (id: string | undefined, path: (string | number)[]) => {
      if (id !== undefined && !known.includes(id)) issues.push({path, raw: {code: 'unknown_source', id, known}});
    };
    refer(roadmap.market?.source, ['market', 'source']);
    refer(roadmap.market?.salary?.source, ['market', 'salary', 'source']);
    roadmap.stages.forEach((stage, index) => refer(stage.salary?.source, ['stages', index, 'salary', 'source']));
    // Money needs a currency to be shown.
    if (roadmap.currency === undefined) {
      const firstPaid = roadmap.stages.findIndex((stage) => stage.salary);
      const where = roadmap.market?.salary ? 'market.salary' : firstPaid >= 0 ? `stages[${firstPaid}].salary` : '';
      if (where) issues.push({path: ['currency'], raw: {code: 'currency_required', where}});
    }
    return issues;
  },
};
export type ObjectRule = keyof typeof OBJECT_RULES;
export type StringRule = keyof typeof STRING_RULES;
