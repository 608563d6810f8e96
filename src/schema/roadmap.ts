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
import {FORMAT_VERSION, LIMITS, PERIOD_UNITS, SALARY_PERIODS} from './limits.js';
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

export const stageSchema = z
  .object({
    /** Derived from the title when absent. */
    id: z.optional(slug()),
    title: label(),
    period: z.optional(periodSchema),
    summary: z.optional(text()),
    items: z.optional(z.array(itemSchema).check(z.maxLength(LIMITS.maxItems))),
    salary: z.optional(rangeSchema),
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
    stagesTitle: z.optional(text()),
    stages: z.array(stageSchema).check(z.minLength(1), z.maxLength(LIMITS.maxStages)),
    linksTitle: z.optional(text()),
    linksSummary: z.optional(text()),
    links: z.optional(z.array(linkSchema).check(z.maxLength(LIMITS.maxLinks))),
  })
  .check(objectRule('roadmap'));

/** Validates a roadmap and normalises it: every stage gets an id, every item becomes `{id, text, href?}`. */
export const roadmapSchema = z.pipe(roadmapObject, z.transform(deriveIds));

/** A roadmap as written in JSON (what the JSON Schema describes). */
export type RoadmapInput = z.input<typeof roadmapObject>;
/** A validated, normalised roadmap: what the elements render. */
export type Roadmap = z.output<typeof roadmapSchema>;
export type Stage = Roadmap['stages'][number];
export type StageInput = z.input<typeof stageSchema>;
export type StageItem = Stage['items'][number];
export type SalaryRange = z.output<typeof rangeSchema>;
export type StagePeriod = z.output<typeof periodSchema>;
export type RoadmapLink = z.output<typeof linkSchema>;
export type Market = z.output<typeof marketSchema>;
