/** What the timeline derives from a roadmap for its templates: the salary scales, formatted facts, part names. */
import type {SalaryScale} from '../../context.js';
import type {Roadmap} from '../../schema/roadmap.js';
import type {SalaryPeriod} from '../../schema/limits.js';
import {formatCalendarDate} from '../../format/date.js';
import {formatCount} from '../../format/number.js';
import {wordsFor} from '../../format/words.js';

/** The parts of each `<stage-card>` and its `<salary-band>`, re-exported under `stage-…` / `salary-…` names. */
export const STAGE_PARTS = [
  'card: stage-card',
  ...[
    'meta',
    'index',
    'period',
    'title',
    'summary',
    'items',
    'item',
    'link',
    'salary',
    'status',
    'toggle',
    'checkbox',
    'progress',
    'curriculum',
    'curriculum-toggle',
    'curriculum-sample',
    'curriculum-entry',
    'resource',
    'resource-kind',
  ].map((name) => `${name}: stage-${name}`),
  ...['band', 'label', 'value', 'bar'].map((name) => `salary-${name}`),
].join(', ');

/** Each salary period's span over the market band and every stage's band. */
export function salaryScales(roadmap: Roadmap): Partial<Record<SalaryPeriod, SalaryScale>> {
  const scales: Partial<Record<SalaryPeriod, SalaryScale>> = {};
  for (const range of [roadmap.market?.salary, ...roadmap.stages.map((stage) => stage.salary)]) {
    if (!range) continue;
    const period = range.period ?? 'year';
    const scale = scales[period] ?? range;
    scales[period] = {min: Math.min(scale.min, range.min), max: Math.max(scale.max, range.max)};
  }
  return scales;
}

export interface Labels {
  /** "Backend Developer · India". */
  eyebrow: string;
  openRoles?: string;
  asOf?: string;
  updated?: string;
  /** The stage numbers in the locale's digits. */
  markers: string[];
}

export function formatLabels(roadmap: Roadmap, locale: string): Labels {
  const {market, updated} = roadmap;
  const words = wordsFor(locale);
  return {
    eyebrow: [roadmap.role, roadmap.region].filter(Boolean).join(' · '),
    openRoles: market?.openRoles === undefined ? undefined : formatCount(market.openRoles, locale),
    asOf: market?.asOf && words.asOf(formatCalendarDate(market.asOf, locale)),
    updated: updated && formatCalendarDate(updated, locale),
    markers: roadmap.stages.map((_stage, index) => formatCount(index + 1, locale)),
  };
}
