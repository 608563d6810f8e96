/**
 * The runtime checker: validates roadmap JSON in the browser without zod.
 *
 * zod stays the single source of truth (`roadmap.ts`): `spec.generated.ts` is derived from the zod schema by
 * `to-spec.ts` at build time, the rules that are more than a type live in `rules.ts` and are called by both,
 * and both word their issues through `messages.ts`. This file interprets that spec the way zod runs the
 * schema, so it reports the same issues at the same paths; a differential test (test/check.test.ts) holds it to
 * that over thousands of generated inputs. It finds issues without words (`issues.ts`): the embed loads the
 * wording only when an input fails. It exists because zod/mini alone would take a third of the embed's
 * size budget.
 */
import {checkInput, failed, formatPath, type Checked, type FoundIssue, type RawIssue} from './issues.js';
import {OBJECT_RULES, STRING_RULES, type ObjectRule, type StringRule} from './rules.js';
import {deriveIds} from './ids.js';
import {RANGE_SPEC, ROADMAP_SPEC, STAGE_SPEC} from './spec.generated.js';
import type {Roadmap, SalaryRange, Stage} from './roadmap.js';

/** One step of a string, number or array node, in the order the zod schema gives them. */
export type SpecCheck =
  | readonly ['trim']
  | readonly ['min' | 'max', number]
  | readonly ['regex', RegExp, string]
  | readonly ['rule', StringRule];

/** A node of the spec: the part of a zod schema's definition that validation needs. */
export type Spec =
  | {readonly type: 'object'; readonly shape: {readonly [key: string]: Spec}; readonly rule?: ObjectRule}
  | {readonly type: 'optional'; readonly inner: Spec}
  | {readonly type: 'string' | 'number' | 'int'; readonly checks?: readonly SpecCheck[]}
  | {readonly type: 'boolean'}
  | {readonly type: 'array'; readonly item: Spec; readonly checks?: readonly SpecCheck[]}
  | {readonly type: 'literal' | 'enum'; readonly values: readonly unknown[]; readonly message?: 'version'}
  | {readonly type: 'union'; readonly options: readonly Spec[]};

type Path = readonly (string | number)[];

/** An issue as found: `stop` marks the kind after which zod skips the enclosing objects' rules (a wrong type). */
interface Found {
  path: Path;
  raw: RawIssue;
  stop?: boolean;
  /** Set on a wrong type at the union's own path, which tells a union to explain itself with another branch. */
  type?: boolean;
}

function checkValue(value: string | unknown[] | number, checks: readonly SpecCheck[], path: Path, found: Found[]) {
  const origin = typeof value === 'number' ? 'number' : Array.isArray(value) ? 'array' : 'string';
  for (const check of checks) {
    let raw: RawIssue | undefined;
    if (check[0] === 'trim') value = (value as string).trim();
    else if (check[0] === 'regex') raw = check[1].test(value as string) ? undefined : {code: 'pattern', name: check[2]};
    else if (check[0] === 'rule')
      raw = STRING_RULES[check[1]](value as string) ? undefined : {code: 'rule', rule: check[1]};
    else {
      const size = typeof value === 'number' ? value : value.length;
      const [kind, limit] = check;
      if (kind === 'min' ? size < limit : size > limit) {
        raw = {code: kind === 'min' ? 'too_small' : 'too_big', origin, input: value, minimum: limit, maximum: limit};
      }
    }
    if (raw) found.push({path, raw});
  }
  return value;
}

const kindOk = (value: unknown, type: 'string' | 'number' | 'int' | 'object' | 'array' | 'boolean') =>
  type === 'boolean'
    ? typeof value === 'boolean'
    : type === 'array'
      ? Array.isArray(value)
      : type === 'object'
        ? typeof value === 'object' && value !== null && !Array.isArray(value)
        : type === 'string'
          ? typeof value === 'string'
          : typeof value === 'number' && Number.isFinite(value);

/** Validates `value` against `spec`, pushing what is wrong to `found`; returns the normalised value. */
function run(spec: Spec, value: unknown, path: Path, found: Found[]): unknown {
  if (spec.type === 'optional') return value === undefined ? value : run(spec.inner, value, path, found);
  if (spec.type === 'literal' || spec.type === 'enum') {
    if (!spec.values.includes(value)) {
      const raw: RawIssue = spec.message
        ? {code: 'version', input: value}
        : {code: 'invalid_value', values: spec.values};
      found.push({path, raw, stop: true});
    }
    return value;
  }
  if (spec.type === 'union') {
    const branches: {own: Found[]; result: unknown}[] = [];
    for (const option of spec.options) {
      const own: Found[] = [];
      const result = run(option, value, path, own);
      if (!own.length) return result;
      branches.push({own, result});
    }
    // Like zod: one branch that only failed its checks (not its type) is the answer, issues and all.
    const live = branches.filter(({own}) => !own.some((issue) => issue.stop));
    if (live.length === 1) {
      found.push(...live[0]!.own);
      return live[0]!.result;
    }
    // Else the union failed: explained by the branch that matched the value's type, if one did.
    const branch = branches.find(({own}) => !own.some((issue) => issue.type && issue.path.length === path.length));
    for (const issue of branch?.own ?? [{path, raw: {code: 'invalid_union'} as RawIssue}])
      found.push({...issue, stop: true});
    return value;
  }
  const type = spec.type;
  if (!kindOk(value, type)) {
    const int = type === 'int' && typeof value === 'number' && !Number.isNaN(value);
    const expected = int ? 'int' : type === 'int' ? 'number' : type;
    found.push({path, raw: {code: 'invalid_type', expected, input: value}, stop: true, type: !int});
    return value;
  }
  if (type === 'int' && !Number.isSafeInteger(value)) {
    if (!Number.isInteger(value)) {
      found.push({path, raw: {code: 'invalid_type', expected: 'int', input: value}, stop: true});
      return value;
    }
    const big = (value as number) > 0;
    const limit = big ? Number.MAX_SAFE_INTEGER : Number.MIN_SAFE_INTEGER;
    const code = big ? 'too_big' : 'too_small';
    found.push({path, raw: {code, origin: 'number', input: value, maximum: limit, minimum: limit}});
  }
  if (spec.type === 'object') {
    const input = value as Record<string, unknown>;
    const output: Record<string, unknown> = {};
    const start = found.length;
    for (const key of Object.keys(spec.shape)) {
      const result = run(spec.shape[key]!, input[key], [...path, key], found);
      if (result !== undefined) output[key] = result;
    }
    // Like zod, an object's own rule runs only once its fields have the right types.
    if (spec.rule && !found.slice(start).some((issue) => issue.stop)) {
      for (const issue of OBJECT_RULES[spec.rule](output as never)) {
        found.push({path: [...path, ...issue.path], raw: issue.raw, stop: true});
      }
    }
    return output;
  }
  if (spec.type === 'array') {
    const items = (value as unknown[]).map((item, index) => run(spec.item, item, [...path, index], found));
    checkValue(items, spec.checks ?? [], path, found);
    return items;
  }
  if (type === 'boolean') return value;
  return checkValue(value as string | number, (spec as {checks?: readonly SpecCheck[]}).checks ?? [], path, found);
}

function validator<T>(spec: Spec, finish: (value: never) => T) {
  return (input: unknown): Checked<T> =>
    checkInput(input, (value) => {
      const found: Found[] = [];
      const result = run(spec, value, [], found);
      if (!found.length) return {ok: true, value: finish(result as never)};
      return failed(found.map(({path, raw}): FoundIssue => ({path: formatPath(path), raw})));
    });
}

/** Roadmaps and stages that came out of `checkRoadmap`: valid, so an element can render them without re-checking. */
const parsed = new WeakSet<object>();

/**
 * Checks roadmap JSON text, or a roadmap object, against format version 1. Never throws. Returns the
 * normalised roadmap (every stage and item with an id), or every problem, located; `wordResult` in `messages.ts`
 * words them (`parseRoadmap` does both).
 */
export const checkRoadmap: (input: unknown) => Checked<Roadmap> = validator(
  ROADMAP_SPEC,
  (roadmap: Parameters<typeof deriveIds>[0]) => {
    const normalised = deriveIds(roadmap) as Roadmap;
    parsed.add(normalised);
    for (const stage of normalised.stages) parsed.add(stage);
    return normalised;
  },
);

const checkAnyStage = validator(STAGE_SPEC, (stage: Stage) => deriveIds({stages: [stage]}).stages[0] as Stage);

/** Checks one stage on its own (for a standalone `<stage-card>`), normalised like a roadmap's stages. */
export function checkStage(input: unknown): Checked<Stage> {
  if (typeof input === 'object' && input !== null && parsed.has(input)) return {ok: true, value: input as Stage};
  return checkAnyStage(input);
}

/** Checks a salary range (for `<salary-band>`). */
export const checkRange: (input: unknown) => Checked<SalaryRange> = validator(
  RANGE_SPEC,
  (range: SalaryRange) => range,
);
