/**
 * Every build of the sources minifies the css`…` templates with lightningcss (`minifyTemplates` in
 * vite.config.ts). These tests hold each shipped sheet to its source: the browser reads the same rules from both.
 * The shipped sheets are the npm build's (`dist/lib`, written by `npm run build`), which the embeds' builds
 * minify with the same plugin and options.
 */
import {expect} from '@open-wc/testing';
import type {CSSResult} from 'lit';
import {themeStyles} from '../src/elements/theme.js';
import {roadmapTimelineStyles} from '../src/elements/roadmap-timeline/roadmap-timeline.styles.js';
import {stageCardStyles} from '../src/elements/stage-card/stage-card.styles.js';
import {salaryBandStyles} from '../src/elements/salary-band/salary-band.styles.js';
import {READER_STYLES} from '../src/elements/reader/reader.styles.js';

/** A module of the npm build, which the type checker (run before the build) must not look for. */
async function built<Module>(path: string): Promise<Module> {
  const url = `/dist/lib/${path}`;
  return (await import(/* @vite-ignore */ url)) as Module;
}

/**
 * The rules the browser reads from a style sheet's text, as it writes them back, with each rule's declarations
 * sorted: the minifier may reorder a rule's declarations (order within a rule matters only for a property given
 * twice, and the minifier keeps the last). The browser writes some values back as they were written, so these
 * spellings, which lightningcss changes, are made one: numbers without a leading zero (`.5em`), spaces after
 * commas and around slashes, single or double quotes, a size query's range syntax (`width >= 40em` for
 * `min-width: 40em`) and `background: 0 0` for `background: none` (both set every background longhand to its
 * initial value).
 */
function rules(list: CSSRuleList): string[] {
  return [...list].map((rule) => {
    const spelling = (text: string) =>
      text
        .replace(/,\s+/g, ',')
        .replace(/\s*\/\s*/g, '/')
        .replace(/(^|[\s:,(-])\.(?=\d)/g, (_number, before: string) => `${before}0.`)
        .replace(/'/g, '"')
        .replace(/\(width >= ([^)]+)\)/g, '(min-width: $1)')
        .replace(/\(width <= ([^)]+)\)/g, '(max-width: $1)')
        .replace(/\bbackground: 0px 0px\b/g, 'background: none');
    if (rule instanceof CSSStyleRule) {
      const declarations = rule.style.cssText.split(/;\s*/).filter(Boolean).map(spelling).sort();
      return `${rule.selectorText}{${declarations.join(';')}}`;
    }
    if (rule instanceof CSSGroupingRule) {
      // `@supports (color: x)` and `(color:x)` are one condition.
      const prelude = spelling(rule.cssText.slice(0, rule.cssText.indexOf('{')).trim()).replace(
        /\(([a-z-]+):\s*/g,
        '($1: ',
      );
      return `${prelude}{${rules(rule.cssRules).join('')}}`;
    }
    return spelling(rule.cssText);
  });
}

function parsed(text: string): string[] {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(text);
  return rules(sheet.cssRules);
}

describe('minified styles', () => {
  const sources: Record<string, [string, () => Promise<CSSResult | string>]> = {
    theme: [themeStyles.cssText, async () => (await built<{themeStyles: CSSResult}>('elements/theme.js')).themeStyles],
    'roadmap-timeline': [
      roadmapTimelineStyles.cssText,
      async () =>
        (await built<{roadmapTimelineStyles: CSSResult}>('elements/roadmap-timeline/roadmap-timeline.styles.js'))
          .roadmapTimelineStyles,
    ],
    'stage-card': [
      stageCardStyles.cssText,
      async () =>
        (await built<{stageCardStyles: CSSResult}>('elements/stage-card/stage-card.styles.js')).stageCardStyles,
    ],
    'salary-band': [
      salaryBandStyles.cssText,
      async () =>
        (await built<{salaryBandStyles: CSSResult}>('elements/salary-band/salary-band.styles.js')).salaryBandStyles,
    ],
    'reader timeline': [
      READER_STYLES.timeline,
      async () =>
        (await built<{READER_STYLES: typeof READER_STYLES}>('elements/reader/reader.styles.js')).READER_STYLES.timeline,
    ],
    'reader card': [
      READER_STYLES.card,
      async () =>
        (await built<{READER_STYLES: typeof READER_STYLES}>('elements/reader/reader.styles.js')).READER_STYLES.card,
    ],
  };
  for (const [name, [source, load]] of Object.entries(sources)) {
    it(`${name}: the browser reads the same rules from the shipped sheet, which is smaller`, async () => {
      const shipped = String(await load());
      expect(parsed(shipped)).to.deep.equal(parsed(source));
      // The theme is mostly custom-property values with little space to take out: smaller, not by a fifth.
      expect(shipped.length).to.be.below(source.length * (name === 'theme' ? 0.9 : 0.8));
      expect(shipped).not.to.match(/\n|\/\*|;}|: /);
    });
  }
});
