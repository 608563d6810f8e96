import {expect, fixture} from '@open-wc/testing';
import {html as staticHtml, unsafeStatic} from 'lit/static-html.js';
import {html, type PropertyValues} from 'lit';
import {stageTarget} from '../../src/controllers/stage-target.js';
import {readerFeatures} from '../../src/controllers/reader-features.js';
import {checkRoadmap} from '../../src/schema/check.js';
import type {Roadmap} from '../../src/schema/roadmap.js';
import {indiaRoadmap, warningsDuring} from '../helpers.js';
import {BareHost, define} from './bare-host.js';

class TargetHost extends BareHost {
  shownRoadmap: Roadmap | undefined;
  reader = readerFeatures(this, 'timeline');
  target = stageTarget(this, this.reader);
  show(roadmap: Roadmap) {
    const old = this.shownRoadmap;
    this.shownRoadmap = roadmap;
    this.requestUpdate('shownRoadmap', old);
  }
  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const fresh = changed.has('shownRoadmap');
    if (fresh || changed.has('activeStage')) this.target.update(fresh);
    this.reader.use(this.target.value !== undefined);
  }
  protected override render() {
    return html`<ol>
      ${this.shownRoadmap?.stages.map(
        (stage) =>
          html`<li id=${stage.id} class=${stage.id === this.target.value ? 'stage active' : 'stage'} tabindex="-1">
            ${stage.title}
          </li>`,
      )}
    </ol>`;
  }
}
const tag = unsafeStatic(define(TargetHost, 'target'));

async function shown(attributes = ''): Promise<TargetHost> {
  const el = await fixture<TargetHost>(staticHtml`<${tag} active-stage=${attributes || undefined}></${tag}>`);
  const checked = checkRoadmap(await indiaRoadmap());
  if (!checked.ok) throw new Error('the India roadmap is valid');
  el.show(checked.value);
  await el.updateComplete;
  return el;
}

describe('stage target controller', () => {
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  it('names no stage when neither active-stage nor the URL does', async () => {
    const el = await shown();
    expect(el.target.value).to.equal(undefined);
  });

  it('takes the stage named by active-stage, and focuses it once the reader features are here', async () => {
    const el = await shown('foundations');
    expect(el.target.value).to.equal('foundations');
    await el.updateComplete;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(el.shadowRoot!.activeElement?.id).to.equal('foundations');
  });

  it('warns once about an active-stage that names no stage, and names none', async () => {
    let el!: TargetHost;
    const warnings = await warningsDuring(async () => {
      el = await shown('no-such-stage');
    });
    expect(el.target.value).to.equal(undefined);
    expect(
      warnings.filter((text) => text.includes('active-stage: no stage has the id "no-such-stage"')),
    ).to.have.length(1);
  });

  it("follows the URL's fragment when it names a stage", async () => {
    const el = await shown();
    location.hash = 'foundations';
    await new Promise((resolve) => addEventListener('hashchange', resolve, {once: true}));
    await el.updateComplete;
    expect(el.target.value).to.equal('foundations');
  });

  it('leaves a fragment that names an element of the page itself to the page', async () => {
    const anchor = document.createElement('div');
    anchor.id = 'foundations';
    document.body.append(anchor);
    const el = await shown();
    location.hash = 'foundations';
    await new Promise((resolve) => addEventListener('hashchange', resolve, {once: true}));
    await el.updateComplete;
    expect(el.target.value).to.equal(undefined);
    anchor.remove();
  });
});
