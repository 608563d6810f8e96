/**
 * The roadmap format, version 1: the single source of truth.
 *
 * The TypeScript types are inferred from these schemas, `dist/roadmap.schema.json` is generated from them,
 * and every input path of `<roadmap-timeline>` goes through them (see `parse.ts`).
 *
 * Built with `zod/mini`: it validates without `new Function`, so it runs under a strict CSP, and it is small.
 */
import * as z from 'zod/mini';
import {FORMAT_VERSION, LIMITS, PERIOD_UNITS, SAFE_URL_SCHEMES, SALARY_PERIODS} from './limits.js';
import {deriveIds} from './ids.js';
import {isLanguageTag} from '../format/locale.js';

/** Any text: at most `LIMITS.maxString` characters. */
const text = () => z.string().check(z.maxLength(LIMITS.maxString));

/** Text that must say something: trimmed, not empty. */
const label = () => z.string().check(z.trim(), z.minLength(1), z.maxLength(LIMITS.maxString));

const SLUG = new RegExp(`^[a-z0-9-]{1,${LIMITS.maxId}}$`);
const slug = () =>
  z.string().check(
    z.regex(SLUG, {
      error: `must be 1–${LIMITS.maxId} lowercase letters, digits or hyphens, like "backend-developer"`,
    }),
  );

/** True for http(s) and relative URLs; false for every other scheme, however it is spelled or padded. */
export function isSafeHref(href: string): boolean {
  try {
    // The URL parser strips the tabs, newlines and padding a browser would strip, so `java\tscript:` is caught.
    const {protocol} = new URL(href, 'https://relative.invalid/');
    return (SAFE_URL_SCHEMES as readonly string[]).includes(protocol);
  } catch {
    return false;
  }
}

const href = () =>
  z
    .string()
    .check(
      z.maxLength(LIMITS.maxString),
      z.refine(isSafeHref, {error: 'must be an http:, https: or relative URL (other schemes are not allowed)'}),
    );

/** `YYYY-MM` or `YYYY-MM-DD`. */
const calendarDate = () =>
  z.string().check(
    z.regex(/^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/, {
      error: 'must be a date written YYYY-MM or YYYY-MM-DD, like "2026-05"',
    }),
  );

const amount = () => z.number().check(z.minimum(0));

/** A BCP 47 language tag that `Intl` accepts. */
const localeTag = () =>
  z.string().check(z.refine(isLanguageTag, {error: 'must be a language tag such as "en", "en-IN" or "hi"'}));

/** Reports every explicit `id` in `entries` that an earlier entry already has, at `path[index].id`. */
function uniqueIds(
  entries: readonly (string | {id?: string | undefined})[],
  path: string[],
  issues: z.core.$ZodRawIssue[],
): void {
  const seen = new Map<string, number>();
  entries.forEach((entry, index) => {
    const id = typeof entry === 'object' ? entry.id : undefined;
    if (id === undefined) return;
    const first = seen.get(id);
    if (first === undefined) seen.set(id, index);
    else {
      issues.push({
        code: 'custom',
        input: id,
        path: [...path, index, 'id'],
        message: `"${id}" is already the id of ${path.join('.')}[${first}]; ids must be unique`,
      });
    }
  });
}

/** A salary range: amounts in the currency's major unit, per year unless `period` says otherwise. */
export const rangeSchema = z
  .object({
    min: amount(),
    max: amount(),
    period: z.optional(z.enum(SALARY_PERIODS)),
  })
  .check((ctx) => {
    if (ctx.value.max < ctx.value.min) {
      ctx.issues.push({
        code: 'custom',
        input: ctx.value.max,
        path: ['max'],
        message: `must be ≥ min (${ctx.value.min})`,
      });
    }
  });

export const periodSchema = z
  .object({
    unit: z.enum(PERIOD_UNITS),
    from: amount(),
    /** Absent: open-ended ("Year 4+"). */
    to: z.optional(amount()),
  })
  .check((ctx) => {
    const {from, to} = ctx.value;
    if (to !== undefined && to < from) {
      ctx.issues.push({code: 'custom', input: to, path: ['to'], message: `must be ≥ from (${from})`});
    }
  });

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
  .check((ctx) => {
    // Explicit item ids key reading progress: they must be unique within their stage.
    uniqueIds(ctx.value.items ?? [], ['items'], ctx.issues);
  });

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
      error: ({input}) =>
        input === undefined
          ? 'is required'
          : `unsupported version ${typeof input === 'number' ? input : `"${String(input)}"`}: this library reads version ${FORMAT_VERSION}`,
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
    currency: z.optional(
      z.string().check(z.regex(/^[A-Z]{3}$/, {error: 'must be a three-letter ISO 4217 code such as "INR" or "USD"'})),
    ),
    market: z.optional(marketSchema),
    stagesTitle: z.optional(text()),
    stages: z.array(stageSchema).check(z.minLength(1), z.maxLength(LIMITS.maxStages)),
    linksTitle: z.optional(text()),
    linksSummary: z.optional(text()),
    links: z.optional(z.array(linkSchema).check(z.maxLength(LIMITS.maxLinks))),
  })
  .check((ctx) => {
    const roadmap = ctx.value;
    // Explicit stage ids must be unique: they key anchors and progress.
    uniqueIds(roadmap.stages, ['stages'], ctx.issues);
    // Money needs a currency to be shown.
    if (roadmap.currency === undefined) {
      const firstPaid = roadmap.stages.findIndex((stage) => stage.salary);
      const where = roadmap.market?.salary
        ? 'market.salary'
        : firstPaid >= 0
          ? `stages[${firstPaid}].salary`
          : undefined;
      if (where) {
        ctx.issues.push({
          code: 'custom',
          input: undefined,
          path: ['currency'],
          message: `is required because ${where} is set; use an ISO 4217 code such as "INR" or "USD"`,
        });
      }
    }
  });

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
