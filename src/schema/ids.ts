/**
 * Stable ids for stages and items, so anchors and progress survive edits that don't touch them.
 *
 * - A stage's id is its `id`, or else the slug of its title ("First job-ready skills" → "first-job-ready-skills").
 * - An item's id is its `id`, or else the slug of its text, cut at 80 characters.
 * - A slug that is empty (a title in a script without Latin letters) falls back to `stage-N` / `item-N`.
 * - A derived id that is already taken gets `-2`, `-3`, … appended. Explicit stage ids are validated as unique.
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

function normaliseItems(items: ParsedItem[] = []): NormalisedItem[] {
  // Explicit ids are reserved first, so a derived id never takes an author's id.
  const taken = new Set(items.flatMap((item) => (typeof item === 'object' && item.id !== undefined ? [item.id] : [])));
  return items.map((item, index) => {
    const {id, text, href} = typeof item === 'string' ? {text: item, id: undefined, href: undefined} : item;
    return {
      id: id ?? claim(slugify(text) || `item-${index + 1}`, taken),
      text,
      ...(href === undefined ? {} : {href}),
    };
  });
}

export interface NormalisedItem {
  id: string;
  text: string;
  href?: string;
}
export type NormalisedStage = Omit<ParsedStage, 'id' | 'items'> & {id: string; items: NormalisedItem[]};

/** The transform step of the schema: fills in every stage and item id. */
export function deriveIds<R extends {stages: ParsedStage[]}>(
  roadmap: R,
): Omit<R, 'stages'> & {stages: NormalisedStage[]} {
  const taken = new Set(roadmap.stages.flatMap((stage) => (stage.id === undefined ? [] : [stage.id])));
  return {
    ...roadmap,
    stages: roadmap.stages.map((stage, index) => ({
      ...stage,
      id: stage.id ?? claim(slugify(stage.title) || `stage-${index + 1}`, taken),
      items: normaliseItems(stage.items),
    })),
  };
}
