/**
 * Compile-time checks, run by `npm run typecheck` (never executed): what a TypeScript user of the package gets.
 */
import type {RoadmapTimeline, StageCard, SalaryBand, RoadmapErrorDetail, RoadmapLoadDetail} from '../src/index.js';
import {PROGRESS_VERSION, progressKey} from '../src/index.js';
import type {LooseRoadmap, Roadmap} from '../src/index.js';
import type {RoadmapProgress, RoadmapProgressDetail, StageItemToggleDetail} from '../src/index.js';

export function typedTags(): void {
  const timeline: RoadmapTimeline = document.createElement('roadmap-timeline');
  const card: StageCard = document.createElement('stage-card');
  const band: SalaryBand = document.createElement('salary-band');
  timeline.src = '/data/backend-developer-india-2026.json';
  timeline.loading = 'lazy';
  // @ts-expect-error: loading is 'eager' or 'lazy'
  timeline.loading = 'later';
  card.index = 2;
  band.min = 500000;
  const found: RoadmapTimeline | null = document.querySelector('roadmap-timeline');
  void found;
}

export function typedEvents(timeline: RoadmapTimeline): void {
  timeline.addEventListener('roadmap-load', (event) => {
    const detail: RoadmapLoadDetail = event.detail;
    const title: string = detail.roadmap.title;
    void title;
  });
  document.addEventListener('roadmap-error', (event) => {
    const detail: RoadmapErrorDetail = event.detail;
    const paths: string[] = detail.issues.map((issue) => issue.path);
    void paths;
  });
}

export function typedReaderFeatures(timeline: RoadmapTimeline, card: StageCard): void {
  timeline.trackProgress = true;
  timeline.experience = 7;
  timeline.activeStage = 'foundations';
  timeline.collapsible = true;
  const progress: RoadmapProgress = timeline.progress;
  timeline.progress = {...progress, foundations: ['sql']};
  timeline.addEventListener('roadmap-progress', (event) => {
    const detail: RoadmapProgressDetail = event.detail;
    const share: number = detail.completed / detail.total;
    const where: string = `${detail.roadmapId}/${detail.stageId}/${detail.itemId}:${String(detail.done)}`;
    void share;
    void where;
  });
  card.addEventListener('stage-item-toggle', (event) => {
    const detail: StageItemToggleDetail = event.detail;
    card.done = detail.done ? [detail.itemId] : [];
  });
  const key: string = progressKey('backend-developer-india-2026');
  const version: number = PROGRESS_VERSION;
  void key;
  void version;
}

export async function importedJson(timeline: RoadmapTimeline, card: StageCard): Promise<void> {
  // What `import data from './roadmap.json'` gives: `version: number`, `unit: string`; validated at run time.
  const india = (await import('../data/backend-developer-india-2026.json')).default;
  const hindi = (await import('../data/backend-developer-india-2026-hi.json')).default;
  timeline.roadmap = india;
  timeline.roadmap = hindi;
  card.stage = india.stages[0];
  const loose: LooseRoadmap = india;
  const {renderRoadmapHtml} = await import('../src/node/index.js');
  await renderRoadmapHtml(loose);
  // @ts-expect-error: a roadmap's stages are a list, even loosely typed
  timeline.roadmap = {version: 1, id: 'x', title: 'X', stages: 'none'};
  // @ts-expect-error: the validated type stays precise
  const strict: Roadmap = india;
  void strict;
}
