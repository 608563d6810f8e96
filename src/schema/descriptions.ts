/**
 * Field descriptions for `dist/roadmap.schema.json`, so editors explain each key as it is typed.
 * Kept out of the embed (only the build script imports this module); the types make sure every field of the
 * schema has a description, so a field added there without one fails the typecheck.
 */
import * as z from 'zod/mini';
import {LIMITS} from './limits.js';
import {
  curriculumEntrySchema,
  curriculumItemObject,
  linkSchema,
  marketSchema,
  periodSchema,
  rangeSchema,
  resourceSchema,
  roadmapObject,
  sourceSchema,
  stageSchema,
  weeksSchema,
} from './roadmap.js';

type Described<S extends {shape: object}> = {[K in keyof S['shape']]-?: string};

const money = 'in the currency’s major unit (e.g. 500000 for ₹5L)';

const roadmap: Described<typeof roadmapObject> = {
  version: 'Format version. Must be 1.',
  id: 'Slug of lowercase letters, digits and hyphens (1–80). Keys anchors and progress storage.',
  title: 'The roadmap’s title, shown as its heading.',
  role: 'The job role, e.g. "Backend Developer". Shown above the title.',
  region: 'Where the roadmap applies, e.g. "India". Shown above the title.',
  category: 'A short category, e.g. "software". Shown as a chip beside role and region.',
  tagline: 'One line under the title.',
  summary: 'A paragraph under the tagline.',
  notice: 'A highlighted notice, e.g. "Detailed roadmap content launching this month".',
  updated: 'Last refresh, YYYY-MM or YYYY-MM-DD. Shown as "Last refreshed May 2026".',
  locale: 'BCP 47 language tag for words, numbers, money and dates, e.g. "en-IN". Default "en".',
  currency: 'ISO 4217 code, e.g. "INR". Required as soon as any salary appears.',
  market: 'The job market for the role: open roles and the overall salary band.',
  sources: `Where the figures come from (0–${LIMITS.maxSources}), referenced by id from "source" in market and salary ranges.`,
  stagesTitle: 'Heading above the stages, e.g. "The five stages".',
  stages: `The stages, in order (1–${LIMITS.maxStages}).`,
  linksTitle: 'Heading above the calls to action.',
  linksSummary: 'A paragraph above the calls to action.',
  links: 'Calls to action, shown as buttons; the first is the primary one.',
};

const stage: Described<typeof stageSchema> = {
  id: 'Slug (1–80), unique in the roadmap. Derived from the title when absent.',
  title: 'The stage’s heading.',
  period: 'When the stage happens, e.g. months 0–2 or year 4 onwards.',
  summary: 'A paragraph about the stage.',
  items: `What to learn or do (0–${LIMITS.maxItems}): text, or {"text", "href"?, "id"?}.`,
  salary: 'The salary band at this stage.',
  curriculum: `The stage’s week-by-week plan, in order (0–${LIMITS.maxCurriculum} entries). Shown collapsed under the stage’s items; printed open.`,
};

const entry: Described<typeof curriculumEntrySchema> = {
  id: 'Slug (1–80), unique in the stage together with its items. Derived from the title when absent.',
  title: 'What the entry covers, e.g. "HTTP, REST and JSON".',
  weeks:
    'The weeks from the start of the stage, 1-based: {"from": 1, "to": 2} is "Weeks 1–2", {"from": 3} is "Week 3".',
  hours: 'Expected effort of the entry, in hours (≥ 0).',
  summary: 'A paragraph about the entry.',
  items: `What to learn or do (0–${LIMITS.maxItems}): text, or {"text", "href"?, "id"?, "resources"?}. Readers can tick them like stage items.`,
  sample: 'true: an illustrative sample, not the publisher’s own plan; readers see the plan labelled "Sample plan".',
};

const weeks: Described<typeof weeksSchema> = {
  from: 'First week, a whole number ≥ 1 (week 1 is the stage’s first).',
  to: 'Last week, ≥ from. Leave out for a single week.',
};

const entryItem: Described<typeof curriculumItemObject> = {
  id: 'Slug (1–80), unique in the stage together with its items and curriculum. Derived from the text when absent.',
  text: 'What to learn or do.',
  href: 'An http:, https: or relative URL.',
  resources: `Where to learn it (0–${LIMITS.maxResources}): articles, videos, courses, books, docs or practice.`,
};

const resource: Described<typeof resourceSchema> = {
  title: 'The resource’s name, shown as its link.',
  href: 'An http:, https: or relative URL. Other schemes are rejected.',
  kind: '"article", "video", "course", "book", "docs" or "practice"; shown as a small label.',
  minutes: 'How long it takes, in whole minutes (≥ 1), e.g. 30 is shown as "30 min".',
  free: 'true: free ("Free"); false: paid ("Paid"). Leave out when unknown.',
};

const source: Described<typeof sourceSchema> = {
  id: 'Slug (1–80), unique among the sources; what "source" fields name.',
  label: 'What the source is, e.g. "Open Backend Developer listings on this board".',
  href: 'Where readers can see it: an http:, https: or relative URL.',
  asOf: 'When the figures were taken, YYYY-MM or YYYY-MM-DD.',
  sampleSize: 'How many listings, reports or data points the figures rest on, a whole number ≥ 1.',
  method: '"counted" (e.g. listings counted), "reported" (by people) or "estimated" (a model or survey estimate).',
};

const period: Described<typeof periodSchema> = {
  unit: '"month" or "year".',
  from: 'Start, ≥ 0.',
  to: 'End, ≥ from. Leave out for an open-ended period ("Year 4+").',
};

const range: Described<typeof rangeSchema> = {
  min: `Lower end, ${money}.`,
  max: `Upper end, ≥ min, ${money}.`,
  period: 'What the amounts are paid per: "year" (default), "month" or "hour".',
  source: 'The id of the entry of "sources" these figures come from.',
};

const market: Described<typeof marketSchema> = {
  openRoles: 'Number of open roles, a whole number ≥ 0.',
  salary: 'The overall salary band for the role.',
  asOf: 'When the market figures were taken, YYYY-MM or YYYY-MM-DD.',
  source: 'The id of the entry of "sources" that openRoles comes from.',
};

const link: Described<typeof linkSchema> = {
  label: 'The button’s text.',
  href: 'An http:, https: or relative URL. Other schemes (javascript:, data:, …) are rejected.',
  rel: 'What the link is for, e.g. "roles" or "salary".',
};

/** A registry holding a description for the roadmap and every one of its fields, for `z.toJSONSchema`. */
export function schemaDescriptions() {
  const registry = z.registry<{description: string}>();
  const describe = <S extends {shape: Record<string, z.ZodMiniType>}>(schema: S, docs: Described<S>) => {
    for (const key of Object.keys(docs) as (keyof S['shape'] & string)[]) {
      registry.add(schema.shape[key]!, {description: docs[key]});
    }
  };
  describe(roadmapObject, roadmap);
  describe(stageSchema, stage);
  describe(periodSchema, period);
  describe(rangeSchema, range);
  describe(marketSchema, market);
  describe(linkSchema, link);
  describe(curriculumEntrySchema, entry);
  describe(weeksSchema, weeks);
  describe(curriculumItemObject, entryItem);
  describe(resourceSchema, resource);
  describe(sourceSchema, source);
  return registry;
}
