/**
 * The roadmap format, version 1: the single source of truth.
 *
 * The TypeScript types are inferred from these schemas, `dist/roadmap.schema.json` is generated from them, and so
 * is the spec of the runtime checker (`spec.generated.ts`, by `to-spec.ts`). The elements validate their input
 * with that checker (`check.ts`), not with zod; `parse.ts` (`parseWith`) validates with these schemas themselves,
 * and a differential test holds the two to the same issues.
 *
 * Built with `zod/mini`: it validates without `new Function`, so it runs under a strict CSP, and it is small.
 */
import * as z from 'zod/mini';
import {FORMAT_VERSION, LIMITS, PERIOD_UNITS, RESOURCE_KINDS, SALARY_PERIODS, SOURCE_METHODS} from './limits.js';
import {deriveIds} from './ids.js';
import {OBJECT_RULES, STRING_RULES, type ObjectRule, type RuleIssue, type StringRule} from './rules.js';
import {message} from './messages.js';

export {isSafeHref} from './rules.js';

/**
 * The rule behind each check that calls into `rules.ts`, by the check's identity: how `to-spec.ts` tells which
 * named rule a zod check stands for when it derives the runtime checker's spec from this schema.
 */
export const RULE_NAMES = new Map<unknown, string>();

function named<T>(name: string, value: T): T {
  RULE_NAMES.set(value, name);
  return value;
}

/** A string check that runs the named rule from `rules.ts`. */
function stringRule(name: StringRule) {
  return named(name, z.refine<string>(STRING_RULES[name], {error: message({code: 'rule', rule: name})}));
}

/** An object check that runs the named rule from `rules.ts` and reports what it finds as zod issues. */
function objectRule(name: ObjectRule) {
  // The schema's own types guarantee the shape each rule reads (the check runs on a parsed object).
  const rule = OBJECT_RULES[name] as (value: unknown) => RuleIssue[];
  return named(name, (ctx: z.core.ParsePayload<unknown>) => {
    for (const {path, raw} of rule(ctx.value)) {
      ctx.issues.push({code: 'custom', input: undefined, path, message: message(raw)});
    }
  });
}

/** Any text: at most `LIMITS.maxString` characters. */
const text = () => z.string().check(z.maxLength(LIMITS.maxString));

/** Text that must say something: trimmed, not empty. */
const label = () => z.string().check(z.trim(), z.minLength(1), z.maxLength(LIMITS.maxString));

/** A pattern check, named so the runtime checker's spec carries the name and `messages.ts` words it. */
const pattern = (name: string, regex: RegExp) => named(name, z.regex(regex, {error: message({code: 'pattern', name})}));

const SLUG = new RegExp(`^[a-z0-9-]{1,${LIMITS.maxId}}$`);
const slug = () => z.string().check(pattern('slug', SLUG));

const href = () => z.string().check(z.maxLength(LIMITS.maxString), stringRule('href'));

/** `YYYY-MM` or `YYYY-MM-DD`. */
const calendarDate = () => z.string().check(pattern('date', /^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/));

const amount = () => z.number().check(z.minimum(0));

/** A BCP 47 language tag that `Intl` accepts. */
const localeTag = () => z.string().check(stringRule('locale'));

/** A salary range: amounts in the currency's major unit, per year unless `period` says otherwise. */
export const rangeSchema = z
  .object({
    min: amount(),
    max: amount(),
    period: z.optional(z.enum(SALARY_PERIODS)),
    /** The id of the entry of `sources` the figures come from; checked against them in a roadmap. */
    source: z.optional(slug()),
  })
  .check(objectRule('range'));

export const periodSchema = z
  .object({
    unit: z.enum(PERIOD_UNITS),
    from: amount(),
    /** Absent: open-ended ("Year 4+"). */
    to: z.optional(amount()),
  })
  .check(objectRule('period'));

export const itemSchema = z.union([
  label(),
  z.object({
    id: z.optional(slug()),
    text: label(),
    href: z.optional(href()),
  }),
]);

/** Where a resource is, what it is, how long it takes and whether it costs anything. */
export const resourceSchema = z.object({
  title: label(),
  href: href(),
  kind: z.optional(z.enum(RESOURCE_KINDS)),
  minutes: z.optional(z.int().check(z.minimum(1))),
  free: z.optional(z.boolean()),
});

/** A curriculum item given as an object. */
export const curriculumItemObject = z.object({
  id: z.optional(slug()),
  text: label(),
  href: z.optional(href()),
  resources: z.optional(z.array(resourceSchema).check(z.maxLength(LIMITS.maxResources))),
});

/** An item of a curriculum entry: as a stage's item (text, or an object), and it may list resources. */
export const curriculumItemSchema = z.union([label(), curriculumItemObject]);

/** Weeks from the start of the stage, 1-based; `to` absent: that one week. */
export const weeksSchema = z
  .object({
    from: z.int().check(z.minimum(1)),
    to: z.optional(z.int().check(z.minimum(1))),
  })
  // The same rule as a period's: `to` ≥ `from`.
  .check(objectRule('period'));

/** One entry of a stage's week-by-week plan. */
export const curriculumEntrySchema = z.object({
  id: z.optional(slug()),
  title: label(),
  weeks: weeksSchema,
  hours: z.optional(amount()),
  summary: z.optional(text()),
  items: z.optional(z.array(curriculumItemSchema).check(z.maxLength(LIMITS.maxItems))),
  /** True: an illustrative sample plan, not the publisher's own; readers see it labelled "Sample plan". */
  sample: z.optional(z.boolean()),
});

export const stageSchema = z
  .object({
    /** Derived from the title when absent. */
    id: z.optional(slug()),
    title: label(),
    period: z.optional(periodSchema),
    summary: z.optional(text()),
    items: z.optional(z.array(itemSchema).check(z.maxLength(LIMITS.maxItems))),
    salary: z.optional(rangeSchema),
    curriculum: z.optional(z.array(curriculumEntrySchema).check(z.maxLength(LIMITS.maxCurriculum))),
  })
  .check(objectRule('stage'));

export const linkSchema = z.object({
  label: label(),
  href: href(),
  /** What the link is for, e.g. "roles" or "salary"; free text. */
  rel: z.optional(text()),
});

export const marketSchema = z.object({
  openRoles: z.optional(z.int().check(z.minimum(0))),
  salary: z.optional(rangeSchema),
  asOf: z.optional(calendarDate()),
  /** The id of the entry of `sources` that `openRoles` comes from. */
  source: z.optional(slug()),
});

/** Where figures come from: referenced by id from `market` and salary ranges. */
export const sourceSchema = z.object({
  id: slug(),
  label: label(),
  href: z.optional(href()),
  asOf: z.optional(calendarDate()),
  sampleSize: z.optional(z.int().check(z.minimum(1))),
  method: z.optional(z.enum(SOURCE_METHODS)),
});

export const roadmapObject = z
  .object({
    version: z.literal(FORMAT_VERSION, {
      error: named('version', ({input}: {input: unknown}) => message({code: 'version', input})),
    }),
    id: slug(),
    title: label(),
    role: z.optional(text()),
    region: z.optional(text()),
    category: z.optional(text()),
    tagline: z.optional(text()),
    summary: z.optional(text()),
    notice: z.optional(text()),
    updated: z.optional(calendarDate()),
    locale: z.optional(localeTag()),
    currency: z.optional(z.string().check(pattern('currency', /^[A-Z]{3}$/))),
    market: z.optional(marketSchema),
    sources: z.optional(z.array(sourceSchema).check(z.maxLength(LIMITS.maxSources))),
    stagesTitle: z.optional(text()),
    stages: z.array(stageSchema).check(z.minLength(1), z.maxLength(LIMITS.maxStages)),
    linksTitle: z.optional(text()),
    linksSummary: z.optional(text()),
    links: z.optional(z.array(linkSchema).check(z.maxLength(LIMITS.maxLinks))),
  })
  .check(objectRule('roadmap'));

/**
 * Validates a roadmap and normalises it: every stage gets an id, every item becomes `{id, text, href?}`, every
 * curriculum entry gets an id and its items become `{id, text, href?, resources}`.
 */
export const roadmapSchema = z.pipe(roadmapObject, z.transform(deriveIds));

/** A roadmap as written in JSON (what the JSON Schema describes). */
export type RoadmapInput = z.input<typeof roadmapObject>;
/**
 * A value as TypeScript types it when it comes from a JSON file: each fixed word (`"month"`) widened to `string`,
 * each fixed number (`1`) to `number`. The shape stays, so editors still complete the keys.
 */
export type FromJson<T> = T extends string
  ? string
  : T extends number
    ? number
    : T extends boolean
      ? boolean
      : T extends readonly (infer Item)[]
        ? readonly FromJson<Item>[]
        : T extends object
          ? {[Key in keyof T]: FromJson<T[Key]>}
          : T;

/**
 * What the elements and `renderRoadmapHtml` accept as a roadmap object: a roadmap shaped like the JSON, as
 * `import roadmap from './roadmap.json'` types it (`version: number`, `unit: string`). It is validated when
 * used, like JSON text; `Roadmap` is the precise, validated type.
 */
export type LooseRoadmap = FromJson<RoadmapInput>;
/** A stage shaped like the JSON, as a JSON import types it; validated when used (see `LooseRoadmap`). */
export type LooseStage = FromJson<StageInput>;
/** A validated, normalised roadmap: what the elements render. */
export type Roadmap = z.output<typeof roadmapSchema>;
export type Stage = Roadmap['stages'][number];
export type StageInput = z.input<typeof stageSchema>;
export type StageItem = Stage['items'][number];
export type SalaryRange = z.output<typeof rangeSchema>;
export type StagePeriod = z.output<typeof periodSchema>;
export type RoadmapLink = z.output<typeof linkSchema>;
export type Market = z.output<typeof marketSchema>;
/** Where a roadmap's figures come from (`sources[]`): a label, a link, when, how many, and how they were got. */
export type Source = z.output<typeof sourceSchema>;
/**
 * One entry of a stage's week-by-week plan, normalised: with its `id` (explicit, or derived from its title) and
 * its items as `CurriculumItem`s. `weeks` counts from the stage's start, 1-based; `to` absent is that one week.
 */
export type CurriculumEntry = NonNullable<Stage['curriculum']>[number];
/**
 * A curriculum item, normalised: `{id, text, href?, resources}`. Its id (explicit, or derived from its text) is
 * unique within its stage together with the stage's own items: progress tracking keys on it.
 */
export type CurriculumItem = CurriculumEntry['items'][number];
/** A resource of a curriculum item: a link with its kind, the minutes it takes and whether it is free. */
export type Resource = z.output<typeof resourceSchema>;
