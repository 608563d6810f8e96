import {expect} from '@open-wc/testing';
import {compactCss} from '../src/compact-css.js';
import {themeStyles} from '../src/elements/theme.js';
import {roadmapTimelineStyles} from '../src/elements/roadmap-timeline/roadmap-timeline.styles.js';
import {stageCardStyles} from '../src/elements/stage-card/stage-card.styles.js';
import {salaryBandStyles} from '../src/elements/salary-band/salary-band.styles.js';
import {READER_STYLES} from '../src/elements/reader/reader.styles.js';

/**
 * The rules the browser reads from a style sheet's text, as it writes them back. A value that holds var() it
 * keeps as written, though: there, `.5em` and `0.5em` are made one spelling, and spaces after commas and around
 * slashes go.
 */
function parsed(text: string): string[] {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(text);
  return [...sheet.cssRules].map((rule) =>
    rule.cssText
      .replace(/,\s+/g, ',')
      .replace(/\s*\/\s*/g, '/')
      .replace(/(^|[\s:,(-])\.(?=\d)/g, (_number, before: string) => `${before}0.`),
  );
}

describe('compactCss', () => {
  // Tests run the sources as written: these are the sheets before the build compacts them.
  const sheets = {
    theme: themeStyles.cssText,
    'roadmap-timeline': roadmapTimelineStyles.cssText,
    'stage-card': stageCardStyles.cssText,
    'salary-band': salaryBandStyles.cssText,
    'reader timeline': READER_STYLES.timeline,
    'reader card': READER_STYLES.card,
  };
  for (const [name, text] of Object.entries(sheets)) {
    it(`${name}: the browser reads the same rules from the compacted sheet, which is smaller`, () => {
      const compact = compactCss(text);
      expect(parsed(compact)).to.deep.equal(parsed(text));
      expect(compact.length).to.be.below(text.length * 0.8);
      expect(compact).not.to.match(/\n|\/\*|;}|: /);
    });
  }

  it('leaves quoted strings as written, and unquotes only attribute values that are identifiers', () => {
    expect(compactCss(`a[href]::after { content: ' ( a , b ) > 0.5 '; }`)).to.equal(
      `a[href]::after{content:' ( a , b ) > 0.5 '}`,
    );
    expect(compactCss(`[part='title'], [data-x="1a"], [lang|='en'] > p { color: red; }`)).to.equal(
      `[part=title],[data-x="1a"],[lang|=en]>p{color:red}`,
    );
    expect(compactCss(`a::before { content: '[x='; } b[c='d'] { margin: 0; }`)).to.equal(
      `a::before{content:'[x='}b[c=d]{margin:0}`,
    );
  });

  it('keeps the spaces that carry meaning: descendant selectors, calc(), lists of values', () => {
    expect(
      compactCss(`:host > * , .a  .b * { inset: calc(1em + -0.5px) 0 / 2; margin: 0.25em  -0.5em 10.5em; }`),
    ).to.equal(`:host>*,.a .b *{inset:calc(1em + -.5px) 0/2;margin:.25em -.5em 10.5em}`);
    expect(
      compactCss(`@media (min-width: 30em) and (prefers-color-scheme: dark) { :host { display: none !important; } }`),
    ).to.equal(`@media (min-width:30em) and (prefers-color-scheme:dark){:host{display:none!important}}`);
  });
});
