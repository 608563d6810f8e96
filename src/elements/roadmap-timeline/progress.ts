/**
 * A reader's place in a roadmap: the items they have ticked (kept per roadmap in `localStorage`), and which
 * stage their experience puts them in.
 */
import type {Roadmap, Stage} from '../../schema/roadmap.js';
import {trackedItems} from '../../schema/ids.js';

/** Done item ids per stage id, in the roadmap's order: `{"foundations": ["sql"]}`. */
export type RoadmapProgress = Record<string, string[]>;

/** Bumped if the stored shape ever changes; a stored state of another version is ignored. */
export const PROGRESS_VERSION = 1;

/** The `localStorage` key of a roadmap's progress. */
export const progressKey = (roadmapId: string) => `roadmap-progress:${roadmapId}`;

/** The last state written per key on this page: used when `localStorage` is missing, blocked or full. */
const memory = new Map<string, string>();

/** Keeps only the stages and items that are in `roadmap`, each once, in the roadmap's order. */
export function knownProgress(roadmap: Roadmap, value: unknown): RoadmapProgress {
  const progress: RoadmapProgress = {};
  if (!value || typeof value !== 'object') return progress;
  for (const stage of roadmap.stages) {
    const ids: unknown = (value as Record<string, unknown>)[stage.id];
    if (!Array.isArray(ids)) continue;
    // A stage's items and its curriculum's, one set of ids (see ids.ts).
    const done = trackedItems(stage)
      .filter((item) => ids.includes(item.id))
      .map((item) => item.id);
    if (done.length) progress[stage.id] = done;
  }
  return progress;
}

/** The stored progress of `roadmap`, or `{}` when there is none, it is unreadable or of another version. */
export function readProgress(roadmap: Roadmap): RoadmapProgress {
  const key = progressKey(roadmap.id);
  let text = memory.get(key);
  try {
    text ??= localStorage.getItem(key) ?? undefined;
    const stored = JSON.parse(text ?? '0') as {version?: unknown; done?: unknown} | 0;
    if (stored && stored.version === PROGRESS_VERSION) return knownProgress(roadmap, stored.done);
  } catch {
    // Storage blocked (private browsing, sandboxed frame) or a corrupt value: start empty.
  }
  return {};
}

/**
 * Stores `progress`; when `localStorage` throws (blocked, quota), the state lives on in memory. Returns whether
 * it differs from what this page last stored.
 */
export function writeProgress(roadmapId: string, progress: RoadmapProgress): boolean {
  const key = progressKey(roadmapId);
  const text = JSON.stringify({version: PROGRESS_VERSION, done: progress});
  const changed = memory.get(key) !== text;
  memory.set(key, text);
  try {
    localStorage.setItem(key, text);
  } catch {
    // Kept in memory only.
  }
  return changed;
}

/** Drops what this page last wrote for `roadmapId`, so the next read is of `localStorage`. */
export function forgetProgress(roadmapId: string): void {
  memory.delete(progressKey(roadmapId));
}

/** How many of the roadmap's items (curriculum items included) are done, and how many there are. */
export function countProgress(roadmap: Roadmap, progress: RoadmapProgress): {completed: number; total: number} {
  let completed = 0;
  let total = 0;
  for (const stage of roadmap.stages) {
    total += trackedItems(stage).length;
    completed += progress[stage.id]?.length ?? 0;
  }
  return {completed, total};
}

/**
 * Where `experience` (months) falls against a stage's period: `current` when the period contains it, `passed`
 * when the period ended at or before it. A period covers months [from, to) (years × 12); `to` equal to `from`
 * covers that one month or year; no `to` runs on for ever. A stage without a period is neither.
 */
export function stageStatus(stage: Stage, experience: number): 'current' | 'passed' | undefined {
  const period = stage.period;
  if (!period) return undefined;
  const months = period.unit === 'year' ? 12 : 1;
  const to = period.to === undefined ? Infinity : period.to === period.from ? period.to + 1 : period.to;
  if (to * months <= experience) return 'passed';
  return period.from * months <= experience ? 'current' : undefined;
}
