/**
 * What `<roadmap-timeline>`, `<stage-card>` and `<salary-band>` share: a render root that takes over a
 * server-rendered (declarative) shadow root, the checks of the attributes they all have, and one
 * `updateComplete` that waits for the work their controllers have pending.
 */
import {LitElement, type PropertyValues} from 'lit';
import {isLanguageTag} from '../format/locale.js';
import {issuesPending} from '../schema/wording.js';
import {THEMES} from './theme.js';
import {headingLevel} from './heading.js';
import {checkAttribute, oneOf} from './warn.js';

/** What a controller needs of its host beyond Lit's `ReactiveControllerHost`. */
export interface PendingHost {
  /**
   * `updateComplete` waits for `work` (words, an extra file loading), then for the update it asks for. `work` must
   * not reject.
   */
  track(work: Promise<unknown>): void;
}

export class RoadmapElement extends LitElement implements PendingHost {
  declare theme?: unknown;
  declare locale?: unknown;
  declare headingLevel?: unknown;
  declare offer?: unknown;

  /** Work that `updateComplete` waits for: each promise leaves the set once it settles. */
  #pending = new Set<Promise<unknown>>();

  track(work: Promise<unknown>): void {
    this.#pending.add(work);
    void work.then(() => this.#pending.delete(work));
  }

  /**
   * An element that may already have a declarative shadow root (from `roadmap-elements render`). With Lit's
   * hydration support (`roadmap-elements.hydrate.js`), Lit keeps that root as it is, styles and all, and adopts
   * its DOM. Without it, Lit adopts its style sheets into the root and would render beside the server's content:
   * that content is cleared first, and the element renders afresh.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const serverRendered = this.shadowRoot;
    const root = super.createRenderRoot();
    if (serverRendered?.adoptedStyleSheets.length) {
      serverRendered.replaceChildren();
      this.renderOptions.renderBefore = null;
    }
    return root;
  }

  /**
   * Checks `theme`, `locale`, `heading-level` and `offer` (timeline and band) where they changed: a value not known
   * is one console warning.
   */
  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('theme')) checkAttribute(this, 'theme', this.theme, THEMES, oneOf(THEMES));
    if (changed.has('locale')) {
      checkAttribute(this, 'locale', this.locale, isLanguageTag, 'a language tag such as "en-IN"');
    }
    if (changed.has('headingLevel')) {
      const valid = (value: unknown) => headingLevel(value, 0) > 0;
      checkAttribute(this, 'heading-level', this.headingLevel, valid, 'a whole number from 1 to 6');
    }
    // The attribute's text, when there is one: "lots" names itself better than the NaN it becomes.
    if (changed.has('offer')) {
      checkAttribute(this, 'offer', this.getAttribute('offer') ?? this.offer, (value) => +value! >= 0, 'an amount ≥ 0');
    }
  }

  /**
   * Resolves when the element has rendered with everything its controllers were waiting for (words, extra
   * files, the wording of a problem), and every `<stage-card>` and `<salary-band>` inside has rendered too.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this.#pending.size || issuesPending(this)) {
      await Promise.all([...this.#pending, issuesPending(this)]);
      done = await super.getUpdateComplete();
    }
    await Promise.all(
      [...this.renderRoot.querySelectorAll('stage-card, salary-band')].map(
        (child) => (child as Partial<{updateComplete: Promise<unknown>}>).updateComplete,
      ),
    );
    return done;
  }
}
