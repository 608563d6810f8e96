#!/usr/bin/env node
/// <reference types="node" />
/**
 * `roadmap-elements`: the command line for publishers.
 *   validate <file.json>…   exit 0 when every file is valid, 1 otherwise, printing each located error
 *   render <file.json> …    print the server-rendered `<roadmap-timeline>` HTML
 *   oembed <file.json> …    write the roadmap's oEmbed response and print its discovery `<link>`
 */
import {readFile, writeFile} from 'node:fs/promises';
import {basename, dirname, join} from 'node:path';
import {parseArgs} from 'node:util';
import {renderRoadmapHtml} from './render.js';
import {DEFAULT_FRAME_HEIGHT, DEFAULT_FRAME_WIDTH, httpUrl, oembedLink, oembedResponse} from './oembed.js';
import {formatValidation, parseRoadmapText, validateRoadmapFile} from './validate.js';
import {THEMES} from '../elements/theme.js';
import {LAYOUTS} from '../elements/roadmap-timeline/roadmap-timeline.js';
import {isLanguageTag} from '../format/locale.js';
import {formatIssue} from '../schema/issues.js';
import type {Roadmap} from '../schema/roadmap.js';

const USAGE = `Usage:
  roadmap-elements validate <file.json>...
      Checks each roadmap file. Prints "file: ok" or one "file:line:column: path: problem" line per
      problem. Exit status 0 when every file is valid, 1 when any is not.

  roadmap-elements render <file.json> [options]
      Prints the HTML of a <roadmap-timeline> holding the whole roadmap (declarative shadow DOM), the roadmap
      JSON in a child <script type="application/json">, its schema.org JSON-LD, and the script that hydrates it.
      --theme light|dark|auto
      --locale <BCP 47 tag>            overrides the roadmap's locale, e.g. hi-IN
      --layout auto|vertical|horizontal
      --heading-level 1-6
      --script <url>|none              the hydrating script (default: this version on jsDelivr)
      --styles <folder url>|inline     where the shadow roots' style sheets are (roadmap-timeline.css,
                                       stage-card.css, salary-band.css): each shadow root links its sheet
                                       instead of carrying a copy (default: the folder of --script, or
                                       inline with --script none)
      --no-structured-data             leave out the JSON-LD
      --no-fallback                    leave out the plain HTML copy for feed readers and email

  roadmap-elements oembed <file.json> --url <page url> --embed <embed page url> [options]
      Writes the roadmap's oEmbed response (type "rich": an iframe of embed.html showing the roadmap) as a
      static JSON file, and prints the <link rel="alternate" type="application/json+oembed"> tag for the <head>
      of the roadmap's page, so WordPress, Ghost, Notion and others embed the roadmap when that page's
      address is pasted.
      --url <url>                      the roadmap's page, the address authors paste
      --embed <url>                    where embed.html is served, e.g. https://example.org/roadmaps/embed.html
      --src <url>                      the roadmap JSON as the embed page loads it (default: the file's name,
                                       beside embed.html)
      --out <file>                     where to write the response (default: <roadmap id>.oembed.json beside
                                       the roadmap file)
      --oembed-url <url>               where that file will be served (default: its name, beside embed.html)
      --theme, --locale, --layout      as for render, passed on to the embed page
      --width <px>                     the response's width (default ${DEFAULT_FRAME_WIDTH}; the iframe fills its column)
      --height <px>                    the iframe's height without roadmap-frame.js (default ${DEFAULT_FRAME_HEIGHT})
      --script <url>|none              the sizing script after the iframe (default: roadmap-frame.js beside
                                       embed.html)
      --provider-name <name>           default: the page's host name
      --provider-url <url>             default: the page's origin

  roadmap-elements --help | --version
`;

class UsageError extends Error {}

async function version(): Promise<string> {
  const text = await readFile(new URL(/* @vite-ignore */ '../../../package.json', import.meta.url), 'utf8');
  return (JSON.parse(text) as {version: string}).version;
}

function choice<T extends string>(name: string, value: string | undefined, allowed: readonly T[]): T | undefined {
  if (value === undefined || (allowed as readonly string[]).includes(value)) return value as T | undefined;
  throw new UsageError(`--${name} "${value}" is not one of ${allowed.join(', ')}`);
}

async function validate(files: string[]): Promise<number> {
  if (!files.length) throw new UsageError('validate needs at least one file');
  let failed = 0;
  for (const file of files) {
    const validation = await validateRoadmapFile(file);
    if (!validation.ok) failed++;
    for (const line of formatValidation(validation)) (validation.ok ? console.log : console.error)(line);
  }
  if (files.length > 1) {
    console.error(failed ? `${failed} of ${files.length} files have problems` : `all ${files.length} files are valid`);
  }
  return failed ? 1 : 0;
}

/**
 * The roadmap file's text and roadmap, or `undefined` after printing why not (unreadable, or its located problems),
 * as `render` and `oembed` both need it.
 */
async function readRoadmap(file: string): Promise<{text: string; roadmap: Roadmap} | undefined> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    console.error(`${file}: The roadmap could not be read: ${(error as Error).message}`);
    return undefined;
  }
  const checked = parseRoadmapText(text);
  if (!checked.ok) {
    for (const line of formatValidation({file, ...checked})) console.error(line);
    return undefined;
  }
  return {text, roadmap: checked.value};
}

async function renderFile(args: string[]): Promise<number> {
  const {values, positionals} = parseArgs({
    args,
    allowPositionals: true,
    options: {
      theme: {type: 'string'},
      locale: {type: 'string'},
      layout: {type: 'string'},
      'heading-level': {type: 'string'},
      script: {type: 'string'},
      'no-structured-data': {type: 'boolean'},
      'no-fallback': {type: 'boolean'},
      styles: {type: 'string'},
    },
  });
  if (positionals.length !== 1) throw new UsageError('render needs exactly one file');
  const file = positionals[0]!;
  if (values.locale !== undefined && !isLanguageTag(values.locale)) {
    throw new UsageError(`--locale "${values.locale}" is not a language tag such as "en-IN" or "hi"`);
  }
  const level = values['heading-level'];
  if (level !== undefined && !/^[1-6]$/.test(level)) throw new UsageError(`--heading-level "${level}" is not 1 to 6`);
  const options = {
    theme: choice('theme', values.theme, THEMES),
    layout: choice('layout', values.layout, LAYOUTS),
    locale: values.locale,
    headingLevel: level === undefined ? undefined : Number(level),
    structuredData: !values['no-structured-data'],
    fallback: !values['no-fallback'],
    stylesheets: undefined as string | undefined,
  };
  const read = await readRoadmap(file);
  if (!read) return 1;
  const {text} = read;
  const script =
    values.script ??
    `https://cdn.jsdelivr.net/npm/roadmap-elements@${await version()}/dist/roadmap-elements.hydrate.iife.js`;
  // The style sheets sit beside the script in dist/, unless told otherwise.
  const styles = values.styles ?? (script === 'none' ? 'inline' : folderOf(script));
  if (styles !== 'inline') options.stylesheets = styles;
  const result = await renderRoadmapHtml(text, options);
  if (!result.ok) {
    for (const issue of result.issues) console.error(`${file}: ${formatIssue(issue)}`);
    return 1;
  }
  process.stdout.write(result.value);
  if (script !== 'none')
    process.stdout.write(`<script src="${script.replace(/[&"<>]/g, escapeHtml)}" defer></script>\n`);
  return 0;
}

const escapeHtml = (char: string) => `&#${char.charCodeAt(0)};`;

/** The folder part of a URL, absolute or relative: `https://x/dist/a.js` → `https://x/dist/`, `a.js` → ``. */
const folderOf = (url: string) => url.slice(0, url.split(/[?#]/)[0]!.lastIndexOf('/') + 1);

/** A whole number of CSS pixels from 1 to 100000, or a usage error. */
function pixels(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > 100000) {
    throw new UsageError(`--${name} "${value}" is not a number of pixels from 1 to 100000`);
  }
  return Number(value);
}

/** An absolute http(s) URL option, or a usage error naming it. */
function urlOption(name: string, value: string | undefined): string {
  if (value === undefined) throw new UsageError(`oembed needs --${name} <url>`);
  try {
    return httpUrl(value, `--${name}`).href;
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

async function oembed(args: string[]): Promise<number> {
  const {values, positionals} = parseArgs({
    args,
    allowPositionals: true,
    options: {
      url: {type: 'string'},
      embed: {type: 'string'},
      src: {type: 'string'},
      out: {type: 'string'},
      'oembed-url': {type: 'string'},
      theme: {type: 'string'},
      locale: {type: 'string'},
      layout: {type: 'string'},
      width: {type: 'string'},
      height: {type: 'string'},
      script: {type: 'string'},
      'provider-name': {type: 'string'},
      'provider-url': {type: 'string'},
    },
  });
  if (positionals.length !== 1) throw new UsageError('oembed needs exactly one file');
  const file = positionals[0]!;
  const url = urlOption('url', values.url);
  const embed = urlOption('embed', values.embed);
  if (values.locale !== undefined && !isLanguageTag(values.locale)) {
    throw new UsageError(`--locale "${values.locale}" is not a language tag such as "en-IN" or "hi"`);
  }
  const script = values.script === 'none' ? null : values.script && urlOption('script', values.script);
  const providerUrl = values['provider-url'] && urlOption('provider-url', values['provider-url']);
  const options = {
    url,
    embed,
    src: values.src ?? basename(file),
    theme: choice('theme', values.theme, THEMES),
    layout: choice('layout', values.layout, LAYOUTS),
    locale: values.locale,
    width: pixels('width', values.width),
    height: pixels('height', values.height),
    script,
    providerName: values['provider-name'],
    providerUrl,
  };
  const read = await readRoadmap(file);
  if (!read) return 1;
  const {roadmap} = read;
  const out = values.out ?? join(dirname(file), `${roadmap.id}.oembed.json`);
  const href = values['oembed-url']
    ? urlOption('oembed-url', values['oembed-url'])
    : new URL(basename(out), embed).href;
  const response = oembedResponse(roadmap, options);
  await writeFile(out, `${JSON.stringify(response, null, 2)}\n`);
  console.error(`wrote ${out}: serve it at ${href}, and put this in the <head> of ${url}:`);
  console.log(oembedLink(href, roadmap.title));
  return 0;
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'validate':
      return validate(rest);
    case 'render':
      return renderFile(rest);
    case 'oembed':
      return oembed(rest);
    case '--version':
    case '-v':
      console.log(await version());
      return 0;
    case undefined:
    case '--help':
    case '-h':
    case 'help':
      (command === undefined ? console.error : console.log)(USAGE);
      return command === undefined ? 2 : 0;
    default:
      throw new UsageError(`unknown command "${command}"`);
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UsageError || (error as {code?: string}).code?.startsWith('ERR_PARSE_ARGS')) {
      console.error(`roadmap-elements: ${(error as Error).message}\n\n${USAGE}`);
      process.exitCode = 2;
      return;
    }
    console.error(error);
    process.exitCode = 1;
  },
);
