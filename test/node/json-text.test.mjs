// scanJson and locateIssues: lines and columns in JSON text, against JSON.parse as the judge of validity.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {scanJson, positionAt, locateIssues} from 'roadmap-elements/node.js';

test('valid JSON: no error, and where each path starts', () => {
  const text = '{\n  "a": [1, {"b": "x"}],\n  "c d": null\n}';
  const scan = scanJson(text);
  assert.equal(scan.error, undefined);
  assert.deepEqual(positionAt(text, scan.positions.get('')), {line: 1, column: 1});
  assert.deepEqual(positionAt(text, scan.positions.get('a')), {line: 2, column: 8});
  assert.deepEqual(positionAt(text, scan.positions.get('a[1].b')), {line: 2, column: 18});
  assert.deepEqual(positionAt(text, scan.positions.get('c d')), {line: 3, column: 10});
});

test('syntax errors, located and explained', () => {
  const cases = [
    ['{"a": 1,}', 1, 9, /trailing comma/],
    ['[1, 2,]', 1, 7, /trailing comma/],
    ['{"a": 1\n "b": 2}', 2, 2, /comma is missing/],
    ["{'a': 1}", 1, 2, /double quotes/],
    ['{"a": tru}', 1, 7, /unexpected "t"/],
    ['{"a": "x\ny"}', 1, 9, /line break/],
    ['{"a": "\\q"}', 1, 8, /escape/],
    ['{"a": [1, 2}', 1, 12, /expected "," or "]"/],
    ['{"a": 1', 1, 8, /closing "}" is missing/],
    ['', 1, 1, /no JSON/],
    ['{} {}', 1, 4, /more text after/],
    ['{"a" 1}', 1, 6, /":"/],
  ];
  for (const [text, line, column, message] of cases) {
    const {error} = scanJson(text);
    assert.ok(error, text);
    assert.deepEqual([error.line, error.column], [line, column], text);
    assert.match(error.message, message, text);
  }
});

test('agrees with JSON.parse on any text, and never throws', () => {
  const jsonish = fc
    .array(
      fc.constantFrom('{', '}', '[', ']', '"', ':', ',', ' ', '\n', '1', '-', 'e', '.', 'a', '\\', 'true', 'null'),
      {maxLength: 40},
    )
    .map((parts) => parts.join(''));
  fc.assert(
    fc.property(
      fc.oneof(
        jsonish,
        fc.json().map((text) => text.slice(0, Math.max(0, text.length - 1))),
        fc.json(),
      ),
      (text) => {
        let valid = true;
        try {
          JSON.parse(text);
        } catch {
          valid = false;
        }
        assert.equal(scanJson(text).error === undefined, valid, JSON.stringify(text));
      },
    ),
    {numRuns: 3000},
  );
});

test('every path of a parsed value has a position', () => {
  const paths = (value, path = '') => {
    if (Array.isArray(value)) return [path, ...value.flatMap((item, index) => paths(item, `${path}[${index}]`))];
    if (value && typeof value === 'object') {
      return [path, ...Object.entries(value).flatMap(([key, item]) => paths(item, path ? `${path}.${key}` : key))];
    }
    return [path];
  };
  fc.assert(
    fc.property(fc.jsonValue(), (value) => {
      const text = JSON.stringify(value, null, 2);
      const scan = scanJson(text);
      assert.equal(scan.error, undefined);
      for (const path of paths(value)) assert.ok(scan.positions.has(path), path);
    }),
    {numRuns: 500},
  );
});

test('deep nesting does not overflow the stack, and 2 MB scans quickly', () => {
  const deep = '['.repeat(100000) + ']'.repeat(99999);
  assert.match(scanJson(deep).error.message, /closing "]" is missing/);
  const big = JSON.stringify({stages: Array.from({length: 1000}, (_, i) => ({title: 'x'.repeat(1500), id: `s${i}`}))});
  const start = performance.now();
  assert.equal(scanJson(big).error, undefined);
  assert.ok(performance.now() - start < 1000);
});

test('locateIssues places issues at their path, or the nearest parent', () => {
  const text = '{\n  "stages": [\n    {"salary": {"min": 5, "max": 2}}\n  ]\n}';
  const issues = locateIssues(text, [
    {path: 'stages[0].salary.max', message: 'must be ≥ min (5)'},
    {path: 'stages[0].title', message: 'is required'},
    {path: 'title', message: 'is required'},
    {path: '', message: 'whole'},
  ]);
  assert.deepEqual(
    issues.map((issue) => [issue.path, issue.line, issue.column]),
    [
      ['stages[0].salary.max', 3, 34],
      ['stages[0].title', 3, 5],
      ['title', 1, 1],
      ['', undefined, undefined],
    ],
  );
});
