/**
 * Field descriptions for `dist/roadmap.schema.json`, so editors explain each key as it is typed.
 * Kept out of the embed (only the build script imports this module); the types make sure every field of the
 * schema has a description, so a field added there without one fails the typecheck.
 */
import * as z from 'zod/mini';
import {LIMITS} from './limits.js';
import {linkSchema, marketSchema, periodSchema, rangeSchema, roadmapObject, stageSchema} from './roadmap.js';

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
};

const market: Described<typeof marketSchema> = {
  openRoles: 'Number of open roles, a whole number ≥ 0.',
  salary: 'The overall salary band for the role.',
  asOf: 'When the market figures were taken, YYYY-MM or YYYY-MM-DD.',
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
  return registry;
}
