/**
 * Derives the runtime checker's spec (`check.ts`) from the zod schema: the walk behind `spec.generated.ts`.
 * Build-time only. Anything in the schema the spec cannot express stops the build with the reason, so the zod
 * schema and the checker can't silently drift apart.
 */
import type * as z from 'zod/mini';
import {RULE_NAMES, rangeSchema, roadmapObject, stageSchema} from './roadmap.js';
import type {Spec, SpecCheck} from './check.js';
import type {ObjectRule, StringRule} from './rules.js';

interface Def {
  type: string;
  [key: string]: unknown;
}
type Schema = {_zod: {def: Def; check?: unknown}};

function unsupported(what: string): never {
  throw new Error(`to-spec: the runtime checker has no counterpart for ${what}; extend check.ts and to-spec.ts`);
}

function checksOf(def: Def): SpecCheck[] {
  const checks: SpecCheck[] = [];
  for (const check of (def.checks ?? []) as Schema[]) {
    const c = check._zod.def as Def & {check: string};
    const rule = RULE_NAMES.get(check);
    if (c.check === 'string_format' && c.format === 'regex') {
      if (!rule) unsupported('a pattern without a name (see `pattern` in roadmap.ts)');
      checks.push(['regex', c.pattern as RegExp, rule]);
    } else if (rule) checks.push(['rule', rule as StringRule]);
    else if (c.check === 'overwrite') {
      const tx = c.tx as (value: string) => string;
      if (tx(' a ') !== 'a') unsupported('an overwrite other than trim()');
      checks.push(['trim']);
    } else if (c.check === 'min_length') checks.push(['min', c.minimum as number]);
    else if (c.check === 'max_length') checks.push(['max', c.maximum as number]);
    else if (c.check === 'greater_than' && c.inclusive) checks.push(['min', c.value as number]);
    else unsupported(`the check "${c.check}"`);
  }
  return checks;
}

/** The spec of one zod schema. The same zod schema always gives the same spec object, so shared parts stay shared. */
export function toSpec(schema: z.ZodMiniType, memo = new Map<unknown, Spec>()): Spec {
  const known = memo.get(schema);
  if (known) return known;
  const def = (schema as unknown as Schema)._zod.def;
  const checks = def.type === 'object' ? [] : checksOf(def);
  const withChecks = <T extends object>(node: T) => (checks.length ? {...node, checks} : node);
  let spec: Spec;
  switch (def.type) {
    case 'object': {
      const shape: Record<string, Spec> = {};
      for (const [key, value] of Object.entries(def.shape as Record<string, z.ZodMiniType>)) {
        shape[key] = toSpec(value, memo);
      }
      const rules = ((def.checks ?? []) as Schema[]).map((check) => RULE_NAMES.get(check._zod.check));
      if (rules.length > 1 || rules.some((rule) => !rule)) unsupported('an object check that is not one named rule');
      spec = rules[0] ? {type: 'object', shape, rule: rules[0] as ObjectRule} : {type: 'object', shape};
      return (memo.set(schema, spec), spec);
    }
    case 'optional':
      spec = {type: 'optional', inner: toSpec(def.innerType as z.ZodMiniType, memo)};
      break;
    case 'pipe':
      // The transform (ids) runs after validation, in check.ts too: only the input side is validated.
      return toSpec(def.in as z.ZodMiniType, memo);
    case 'string':
      spec = withChecks({type: 'string' as const});
      break;
    case 'number':
      if (def.format !== undefined && def.format !== 'safeint') unsupported(`number format ${String(def.format)}`);
      spec = withChecks({type: def.format === 'safeint' ? ('int' as const) : ('number' as const)});
      break;
    case 'array':
      spec = withChecks({type: 'array' as const, item: toSpec(def.element as z.ZodMiniType, memo)});
      break;
    case 'boolean':
      spec = {type: 'boolean'};
      break;
    case 'literal': {
      const name = RULE_NAMES.get(def.error);
      if (def.error !== undefined && name !== 'version') unsupported('a literal with its own message');
      const values = def.values as unknown[];
      spec = name ? {type: 'literal', values, message: 'version'} : {type: 'literal', values};
      break;
    }
    case 'enum':
      spec = {type: 'enum', values: Object.values(def.entries as Record<string, string>)};
      break;
    case 'union':
      spec = {type: 'union', options: (def.options as z.ZodMiniType[]).map((option) => toSpec(option, memo))};
      break;
    default:
      unsupported(`zod type "${def.type}"`);
  }
  if (def.type !== 'string' && def.type !== 'number' && def.type !== 'array' && checks.length) {
    unsupported(`checks on a ${def.type}`);
  }
  memo.set(schema, spec);
  return spec;
}

/**
 * The source of `spec.generated.ts`: one constant per root, plus one for every part used more than once, so
 * the embed carries each part once.
 */
export function specModule(
  roots: Record<string, z.ZodMiniType> = {
    ROADMAP_SPEC: roadmapObject,
    STAGE_SPEC: stageSchema,
    RANGE_SPEC: rangeSchema,
  },
): string {
  const memo = new Map<unknown, Spec>();
  // Parts that are equal but built apart (every `text()` is a new zod schema) become one object, written once.
  const interned = new Map<string, object>();
  const intern = <T>(node: T): T => {
    if (typeof node !== 'object' || node === null || node instanceof RegExp) return node;
    const copy = (
      Array.isArray(node) ? node.map(intern) : Object.fromEntries(Object.entries(node).map(([k, v]) => [k, intern(v)]))
    ) as T & object;
    const key = JSON.stringify(copy, (_key, value: unknown) => (value instanceof RegExp ? String(value) : value));
    if (!interned.has(key)) interned.set(key, copy);
    return interned.get(key) as T;
  };
  const specs = Object.entries(roots).map(([name, schema]) => [name, intern(toSpec(schema, memo))] as const);
  const uses = new Map<object, number>();
  const count = (node: unknown): void => {
    if (typeof node !== 'object' || node === null || node instanceof RegExp) return;
    const seen = uses.get(node) ?? 0;
    uses.set(node, seen + 1);
    if (!seen) for (const value of Object.values(node)) count(value);
  };
  for (const [, spec] of specs) count(spec);
  const names = new Map<object, string>(specs.map(([name, spec]) => [spec, name]));
  let shared = 0;
  for (const [node, times] of uses)
    if (times > 1 && !names.has(node) && !Array.isArray(node)) names.set(node, `S${++shared}`);
  const write = (node: unknown, top?: object): string => {
    if (node instanceof RegExp) return String(node);
    if (typeof node !== 'object' || node === null) return JSON.stringify(node);
    if (node !== top && names.has(node)) return names.get(node)!;
    if (Array.isArray(node)) return `[${node.map((value) => write(value)).join(', ')}]`;
    return `{${Object.entries(node)
      .map(([key, value]) => `${/^[a-zA-Z_$][\w$]*$/.test(key) ? key : JSON.stringify(key)}: ${write(value)}`)
      .join(', ')}}`;
  };
  // Dependencies first: a constant is written after every constant it refers to.
  const order: object[] = [];
  const visit = (node: unknown, top = false): void => {
    if (typeof node !== 'object' || node === null || node instanceof RegExp) return;
    if (!top && names.has(node)) {
      if (!order.includes(node)) {
        visit(node, true);
        order.push(node);
      }
      return;
    }
    for (const value of Object.values(node)) visit(value);
  };
  for (const [, spec] of specs) {
    visit(spec, true);
    if (!order.includes(spec)) order.push(spec);
  }
  const lines = order.map((node) => {
    const name = names.get(node)!;
    const exported = specs.some(([, spec]) => spec === node) ? 'export ' : '';
    return `${exported}const ${name}: Spec = ${write(node, node)};`;
  });
  return [
    '// Generated from the zod schema in roadmap.ts by to-spec.ts (`npm run build` writes it; a test checks it is current).',
    '// Do not edit by hand.',
    "import type {Spec} from './check.js';",
    '',
    ...lines,
    '',
  ].join('\n');
}
