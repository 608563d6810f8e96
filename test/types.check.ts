/**
 * Compile-time checks, run by `npm run typecheck` (never executed): what a TypeScript user of the package gets.
 */
import type {RoadmapTimeline, StageCard, SalaryBand, RoadmapErrorDetail, RoadmapLoadDetail} from '../src/index.js';

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
