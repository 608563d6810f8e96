// `roadmap-elements oembed`: the static oEmbed response and its discovery tag, run against the build.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {mkdtemp, readFile, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {INDIA, run} from './cli-support.mjs';

const folder = await mkdtemp(join(tmpdir(), 'roadmap-oembed-'));
const PAGE = 'https://jobs.example.in/roadmaps/backend';
const EMBED = 'https://jobs.example.in/roadmaps/embed.html';

/** The one element `tag` in `html`, with its attributes decoded; fails when there is not exactly one. */
function element(html, tag) {
  const found = [...html.matchAll(new RegExp(`<${tag}\\s([^>]*)>`, 'g'))];
  assert.equal(found.length, 1, `one <${tag}> in ${html}`);
  const attributes = {};
  for (const [, name, value] of found[0][1].matchAll(/([a-z-]+)(?:="([^"]*)")?/g)) {
    assert.doesNotMatch(value ?? '', /[<>]/, `${name}: no raw < or > in an attribute`);
    attributes[name] = (value ?? '')
      .replace(/&#(\d+);/g, (_m, code) => String.fromCharCode(Number(code)))
      .replace(/&amp;/g, '&');
  }
  return attributes;
}

async function oembed(...args) {
  const out = join(folder, `${args.length}-${Math.random().toString(36).slice(2)}.json`);
  const result = await run('oembed', ...args, '--out', out);
  return {...result, out, response: result.code === 0 ? JSON.parse(await readFile(out, 'utf8')) : undefined};
}

test('oembed: a rich 1.0 response titled and sized, from the provider of the page', async () => {
  const {code, response} = await oembed(INDIA, '--url', PAGE, '--embed', EMBED);
  assert.equal(code, 0);
  const roadmap = JSON.parse(await readFile(INDIA, 'utf8'));
  assert.equal(response.type, 'rich');
  assert.equal(response.version, '1.0');
  assert.equal(response.title, roadmap.title);
  assert.equal(response.provider_name, 'jobs.example.in');
  assert.equal(response.provider_url, 'https://jobs.example.in/');
  assert.equal(response.width, 720);
  assert.equal(response.height, 800);
});

test('oembed: html is a lazy, titled iframe of the embed page showing the roadmap, then the sizing script', async () => {
  const {response} = await oembed(INDIA, '--url', PAGE, '--embed', EMBED, '--theme', 'dark', '--locale', 'hi-IN');
  const iframe = element(response.html, 'iframe');
  const src = new URL(iframe.src);
  assert.equal(`${src.origin}${src.pathname}`, EMBED);
  assert.equal(src.searchParams.get('src'), 'backend-developer-india-2026.json');
  assert.equal(src.searchParams.get('theme'), 'dark');
  assert.equal(src.searchParams.get('locale'), 'hi-IN');
  assert.equal(iframe.loading, 'lazy');
  assert.equal(iframe.title, response.title);
  assert.equal(iframe.height, '800');
  assert.equal(element(response.html, 'script').src, 'https://jobs.example.in/roadmaps/roadmap-frame.js');
  assert.match(response.html, /^<iframe [^>]*><\/iframe><script [^>]*><\/script>$/);
});

test('oembed: --script none leaves the sizing script out; --width, --height and the provider are taken', async () => {
  const {response} = await oembed(
    INDIA,
    ...['--url', PAGE, '--embed', EMBED, '--script', 'none', '--width', '600', '--height', '1200'],
    ...['--provider-name', 'Example Jobs', '--provider-url', 'https://example.in/'],
  );
  assert.doesNotMatch(response.html, /<script/);
  assert.equal(element(response.html, 'iframe').height, '1200');
  assert.deepEqual([response.width, response.height], [600, 1200]);
  assert.deepEqual([response.provider_name, response.provider_url], ['Example Jobs', 'https://example.in/']);
});

test('oembed: a title with quotes and markup stays text in every attribute', async () => {
  const roadmap = JSON.parse(await readFile(INDIA, 'utf8'));
  roadmap.title = 'Backend "pro" <script>alert(1)</script> & more';
  const file = join(folder, 'quoted.json');
  await writeFile(file, JSON.stringify(roadmap));
  const {code, response, stdout} = await oembed(file, '--url', PAGE, '--embed', `${EMBED}?x="<b>`);
  assert.equal(code, 0);
  assert.equal(response.title, roadmap.title);
  const iframe = element(response.html, 'iframe');
  assert.equal(iframe.title, roadmap.title);
  assert.equal(new URL(iframe.src).searchParams.get('src'), 'quoted.json');
  assert.equal(element(stdout, 'link').title, roadmap.title);
});

test('oembed: prints the discovery link for the page, pointing where the response is served', async () => {
  const {code, stdout, stderr, out} = await oembed(INDIA, '--url', PAGE, '--embed', EMBED);
  assert.equal(code, 0);
  const link = element(stdout, 'link');
  assert.equal(link.rel, 'alternate');
  assert.equal(link.type, 'application/json+oembed');
  assert.equal(link.href, new URL(out.split('/').pop(), EMBED).href);
  assert.match(stderr, new RegExp(`wrote .*: serve it at ${link.href.replace(/[.?]/g, '\\$&')}`));
  const served = await oembed(INDIA, '--url', PAGE, '--embed', EMBED, '--oembed-url', 'https://cdn.example.in/o.json');
  assert.equal(element(served.stdout, 'link').href, 'https://cdn.example.in/o.json');
});

test('oembed: missing or relative URLs are usage errors that name the option', async () => {
  const missing = await run('oembed', INDIA, '--embed', EMBED);
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /oembed needs --url <url>/);
  const relative = await run('oembed', INDIA, '--url', '/roadmaps/backend', '--embed', EMBED);
  assert.equal(relative.code, 2);
  assert.match(relative.stderr, /--url "\/roadmaps\/backend" is not an absolute URL/);
  const scheme = await run('oembed', INDIA, '--url', PAGE, '--embed', 'javascript:alert(1)');
  assert.equal(scheme.code, 2);
  assert.match(scheme.stderr, /--embed "javascript:alert\(1\)" is not an http: or https: URL/);
  const height = await run('oembed', INDIA, '--url', PAGE, '--embed', EMBED, '--height', 'tall');
  assert.equal(height.code, 2);
  assert.match(height.stderr, /--height "tall" is not a number of pixels/);
});

test('oembed: an invalid roadmap writes nothing and names the problem', async () => {
  const roadmap = JSON.parse(await readFile(INDIA, 'utf8'));
  roadmap.stages[0].salary.max = 1;
  const file = join(folder, 'bad.json');
  await writeFile(file, JSON.stringify(roadmap, null, 2));
  const {code, stderr, stdout} = await oembed(file, '--url', PAGE, '--embed', EMBED);
  assert.equal(code, 1);
  assert.match(stderr, /stages\[0\]\.salary\.max: must be ≥ min/);
  assert.equal(stdout, '');
});
