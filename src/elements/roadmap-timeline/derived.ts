/** What the timeline derives from a roadmap for its templates: the salary scales, formatted facts, part names. */
import type {SalaryScale} from '../../context.js';
import type {Roadmap} from '../../schema/roadmap.js';
import type {SalaryPeriod} from '../../schema/limits.js';
import {formatCalendarDate} from '../../format/date.js';
import {formatCount} from '../../format/number.js';
import {wordsFor} from '../../format/words.js';
import {findSource, sourceNote, type SourceNote} from '../../format/source.js';

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
    'source',
    'source-link',
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

/** The period of the header's salary figures: the market band's, else the first stage band's. */
export function salaryPeriod(roadmap: Roadmap): SalaryPeriod | undefined {
  const first = roadmap.market?.salary ?? roadmap.stages.find((stage) => stage.salary)?.salary;
  return first && (first.period ?? 'year');
}

export interface Labels {
  /** "Backend Developer · India". */
  eyebrow: string;
  openRoles?: string;
  asOf?: string;
  updated?: string;
  /** The stage numbers in the locale's digits. */
  markers: string[];
  /** Where the open-roles figure comes from (`market.source`). */
  rolesSource?: SourceNote | undefined;
  /** Where the header's salaries come from: the market band's source, else the one source all stages share. */
  salarySource?: SourceNote | undefined;
}

/** The id of the source behind the header's salaries (see `Labels.salarySource`). */
export function salarySourceId(roadmap: Roadmap): string | undefined {
  if (roadmap.market?.salary) return roadmap.market.salary.source;
  const ids = new Set(roadmap.stages.filter((stage) => stage.salary).map((stage) => stage.salary!.source));
  return ids.size === 1 ? [...ids][0] : undefined;
}

const note = (source: Parameters<typeof sourceNote>[0] | undefined, locale: string, shown?: number) =>
  source && sourceNote(source, locale, shown);

export function formatLabels(roadmap: Roadmap, locale: string): Labels {
  const {market, updated} = roadmap;
  const words = wordsFor(locale);
  return {
    eyebrow: [roadmap.role, roadmap.region].filter(Boolean).join(' · '),
    openRoles: market?.openRoles === undefined ? undefined : formatCount(market.openRoles, locale),
    asOf: market?.asOf && words.asOf(formatCalendarDate(market.asOf, locale)),
    updated: updated && formatCalendarDate(updated, locale),
    markers: roadmap.stages.map((_stage, index) => formatCount(index + 1, locale)),
    rolesSource: note(findSource(roadmap, market?.source), locale, market?.openRoles),
    salarySource: note(findSource(roadmap, salarySourceId(roadmap)), locale),
  };
}
