import {expect, fixture} from '@open-wc/testing';
import {html as staticHtml, unsafeStatic} from 'lit/static-html.js';
import type {PropertyValues} from 'lit';
import {localeController} from '../../src/controllers/locale.js';
import {textDirection} from '../../src/format/locale.js';
import {wordsFor} from '../../src/format/words.js';
import {BareHost, define} from './bare-host.js';

class LocaleHost extends BareHost {
  static override properties = {...BareHost.properties, inherited: {}};
  declare inherited?: string;
  resolved = localeController(this, 'locale');
  /** The word for "Stage 1", made again whenever the host updates. */
  label = '';
  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.resolved.resolve(this.inherited);
    this.label = wordsFor(this.resolved.value).stage('1');
  }
}
const tag = unsafeStatic(define(LocaleHost, 'locale'));

describe('locale controller', () => {
  it('is English when neither the host nor what it inherits names a locale', async () => {
    const el = await fixture<LocaleHost>(staticHtml`<${tag}></${tag}>`);
    expect(el.resolved.value).to.equal('en');
    expect(el.label).to.equal('Stage 1');
  });

  it("prefers the host's own locale, canonicalised, over the inherited one", async () => {
    const el = await fixture<LocaleHost>(staticHtml`<${tag} locale="en-in" inherited="de-DE"></${tag}>`);
    expect(el.resolved.value).to.equal('en-IN');
  });

  it('falls back to the inherited locale when its own is not a language tag', async () => {
    const el = await fixture<LocaleHost>(staticHtml`<${tag} locale="not a tag!" inherited="fr-FR"></${tag}>`);
    expect(el.resolved.value).to.equal('fr-FR');
  });

  it("loads the language's words, and updateComplete waits until the host has them", async () => {
    const el = await fixture<LocaleHost>(staticHtml`<${tag} locale="hi-IN"></${tag}>`);
    await el.updateComplete;
    expect(el.label).to.equal('चरण 1');
  });

  it('resolves to a locale whose writing direction is known', async () => {
    const el = await fixture<LocaleHost>(staticHtml`<${tag} locale="ar-EG"></${tag}>`);
    expect(textDirection(el.resolved.value)).to.equal('rtl');
    el.locale = 'en';
    await el.updateComplete;
    expect(textDirection(el.resolved.value)).to.equal('ltr');
  });
});
