/**
 * Stable ids for stages and items, so anchors and progress survive edits that don't touch them.
 *
 * - A stage's id is its `id`, or else the slug of its title ("First job-ready skills" → "first-job-ready-skills").
 * - An item's id is its `id`, or else the slug of its text, cut at 80 characters.
 * - A slug that is empty (a title in a script without Latin letters) falls back to `stage-N` / `item-N`.
 * - A curriculum entry's id is its `id`, or else the slug of its title; its items' ids as a stage item's.
 * - A stage's items, curriculum entries and curriculum items share one namespace: progress keys on item ids.
 * - A derived id that is already taken gets `-2`, `-3`, … appended. Explicit ids are validated as unique.
 */
import {LIMITS} from './limits.js';
import type {z} from 'zod/mini';
import type {itemSchema, stageSchema} from './roadmap.js';

type ParsedStage = z.output<typeof stageSchema>;
type ParsedItem = z.output<typeof itemSchema>;

/** Lowercase ASCII letters and digits joined by single hyphens; accents folded; at most `max` characters. */
export function slugify(text: string, max: number = LIMITS.maxId): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, max)
    .replace(/^-+|-+$/g, '');
}

function claim(wanted: string, taken: Set<string>): string {
  let id = wanted;
  for (let n = 2; taken.has(id); n++) id = `${wanted.slice(0, LIMITS.maxId - 1 - String(n).length)}-${n}`;
  taken.add(id);
  return id;
}

type ParsedEntry = NonNullable<ParsedStage['curriculum']>[number];
type ParsedEntryItem = NonNullable<ParsedEntry['items']>[number];

/** The explicit ids of `list`'s objects. */
const explicit = (list: readonly unknown[] = []) =>
  list.flatMap((entry) =>
    typeof entry === 'object' && (entry as {id?: string}).id !== undefined ? [(entry as {id: string}).id] : [],
  );

function normaliseItems(items: ParsedItem[] = [], taken: Set<string>, prefix = 'item'): NormalisedItem[] {
  return items.map((item, index) => {
    const {id, text, href} = typeof item === 'string' ? {text: item, id: undefined, href: undefined} : item;
    return {
      id: id ?? claim(slugify(text) || `${prefix}-${index + 1}`, taken),
      text,
      ...(href === undefined ? {} : {href}),
    };
  });
}

function normaliseEntry(entry: ParsedEntry, index: number, taken: Set<string>): NormalisedEntry {
  const {items = [], ...rest} = entry;
  const id = entry.id ?? claim(slugify(entry.title) || `entry-${index + 1}`, taken);
  const normalised = normaliseItems(items as ParsedItem[], taken, `entry-${index + 1}-item`);
  return {
    ...rest,
    id,
    items: normalised.map((item, at) => {
      const given = items[at] as ParsedEntryItem;
      return {...item, resources: (typeof given === 'object' && given.resources) || []};
    }),
  };
}

export interface NormalisedItem {
  id: string;
  text: string;
  href?: string;
}
export type NormalisedEntryItem = NormalisedItem & {
  resources: NonNullable<Exclude<ParsedEntryItem, string>['resources']>;
};
export type NormalisedEntry = Omit<ParsedEntry, 'id' | 'items'> & {id: string; items: NormalisedEntryItem[]};
export type NormalisedStage = Omit<ParsedStage, 'id' | 'items' | 'curriculum'> & {
  id: string;
  items: NormalisedItem[];
  curriculum?: NormalisedEntry[];
};

/**
 * A stage's ids, in one namespace: its items, its curriculum entries and their items (progress keys on them).
 * Explicit ids are reserved first, so a derived id never takes an author's id.
 */
function normaliseStage(stage: ParsedStage, id: string): NormalisedStage {
  const {curriculum, ...rest} = stage;
  const taken = new Set([
    ...explicit(stage.items),
    ...explicit(curriculum),
    ...(curriculum ?? []).flatMap((entry) => explicit(entry.items)),
  ]);
  const items = normaliseItems(stage.items, taken);
  return {
    ...rest,
    id,
    items,
    ...(curriculum ? {curriculum: curriculum.map((entry, index) => normaliseEntry(entry, index, taken))} : {}),
  };
}

/** The transform step of the schema: fills in every stage, item and curriculum id. */
export function deriveIds<R extends {stages: ParsedStage[]}>(
  roadmap: R,
): Omit<R, 'stages'> & {stages: NormalisedStage[]} {
  const taken = new Set(roadmap.stages.flatMap((stage) => (stage.id === undefined ? [] : [stage.id])));
  return {
    ...roadmap,
    stages: roadmap.stages.map((stage, index) =>
      normaliseStage(stage, stage.id ?? claim(slugify(stage.title) || `stage-${index + 1}`, taken)),
    ),
  };
}

/** The items of a stage a reader can tick: its own, then its curriculum's, in order. */
export function trackedItems(stage: {
  items: readonly NormalisedItem[];
  curriculum?: readonly NormalisedEntry[] | undefined;
}): readonly NormalisedItem[] {
  return stage.curriculum?.length ? [...stage.items, ...stage.curriculum.flatMap((entry) => entry.items)] : stage.items;
}
