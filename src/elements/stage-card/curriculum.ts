/**
 * A stage's curriculum, its week-by-week plan, in `<stage-card>`: a disclosure button under the stage's items
 * ("Week-by-week plan · 8 weeks · 54 hours"), collapsed by default, and the entries ("Weeks 1–2", title, hours,
 * summary, items with their resources) once it is opened. The entries are rendered lazily, on first open or when the
 * page is printed (print shows every plan open), so a long roadmap with curricula renders as fast as one without.
 *
 * Part of the view extra (`roadmap-elements.ladder.js` in the embed; see `../roadmap-timeline/ladder.ts`): a card
 * whose stage has a curriculum loads it. Like the rest of that extra, it must not import Lit: the core passes in
 * its `html`.
 */
import type {html as Html, TemplateResult} from 'lit';
import type {CurriculumEntry, CurriculumItem, Resource, Stage} from '../../schema/roadmap.js';
import type {Words} from '../../format/words.js';
import type {CurriculumWords} from '../../format/words/en.js';
import type {ReaderFeatures} from '../reader.js';
import {formatCount, formatNumberRange} from '../../format/number.js';
import {CURRICULUM_STYLES} from './curriculum.styles.js';

export {CURRICULUM_STYLES};

/** The plan's English words: here, not in the core's table, since only a roadmap with a plan shows them. */
export const PLAN_ENGLISH: CurriculumWords = {
  plan: 'Week-by-week plan',
  samplePlan: 'Sample plan',
  weeks: (count: string, n: number) => `${count} ${n === 1 ? 'week' : 'weeks'}`,
  hours: (count: string, n: number) => `${count} ${n === 1 ? 'hour' : 'hours'}`,
  weekSpan: (range: string) => `Weeks ${range}`,
  week: (week: string) => `Week ${week}`,
  minutes: (count: string) => `${count} min`,
  free: 'Free',
  paid: 'Paid',
  kinds: {article: 'Article', video: 'Video', course: 'Course', book: 'Book', docs: 'Docs', practice: 'Practice'},
};

/** The plan's words of `words`' language: its table's, or English's. */
export const planWords = (words: Words): CurriculumWords => (words.plan ? (words as CurriculumWords) : PLAN_ENGLISH);

/** What the view needs of its card: to be redrawn, and whether it is connected (for printing). */
export interface CurriculumHost {
  readonly isConnected: boolean;
  requestUpdate(): void;
  toggleAttribute(name: string, force?: boolean): boolean;
}

/** A card's plan: whether it is open, and whether its entries have been rendered (once opened or printed). */
interface PlanState {
  open: boolean;
  shown: boolean;
}

const states = new WeakMap<CurriculumHost, PlanState>();
/** The cards showing a plan, held weakly: printing renders every one of them open. */
const hosts = new Set<WeakRef<CurriculumHost>>();
let printing = false;
let listening = false;

function print(): void {
  printing = true;
  for (const ref of hosts) {
    const host = ref.deref();
    if (!host) hosts.delete(ref);
    else if (host.isConnected) {
      states.get(host)!.shown = true;
      host.requestUpdate();
    }
  }
}

/** Listens for printing once: `beforeprint`, and the print media query (which emulated print also changes). */
function listen(): void {
  if (listening || typeof matchMedia !== 'function') return;
  listening = true;
  addEventListener('beforeprint', print);
  matchMedia('print').addEventListener('change', (event) => event.matches && print());
}

let sheet: CSSStyleSheet | undefined;

/** Adds the plan's styles to a card's shadow root (once). */
export function adoptCurriculum(root: ShadowRoot): void {
  if (typeof CSSStyleSheet !== 'function' || !('adoptedStyleSheets' in root)) return;
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(CURRICULUM_STYLES);
  }
  if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

/** The last week any entry reaches, and the hours of all entries (undefined when none gives hours). */
export function planTotals(curriculum: readonly CurriculumEntry[]): {weeks: number; hours: number | undefined} {
  let weeks = 0;
  let hours: number | undefined;
  for (const entry of curriculum) {
    weeks = Math.max(weeks, entry.weeks.to ?? entry.weeks.from);
    if (entry.hours !== undefined) hours = (hours ?? 0) + entry.hours;
  }
  return {weeks, hours};
}

/** "Weeks 1–2", or "Week 3" for one week. */
export function formatWeeks(weeks: CurriculumEntry['weeks'], locale: string, words: CurriculumWords): string {
  const to = weeks.to ?? weeks.from;
  return to === weeks.from
    ? words.week(formatCount(weeks.from, locale))
    : words.weekSpan(formatNumberRange(weeks.from, to, locale));
}

/** What the plan needs of its card on each render. */
export interface PlanOptions {
  stage: Stage & {curriculum: readonly CurriculumEntry[]};
  locale: string;
  words: Words;
  /** The level of the stage's heading: the entries' titles are one deeper. */
  level: number;
  /** With progress shown: the reader features and the ids done; the items get checkboxes. */
  features?: ReaderFeatures | undefined;
  done?: readonly string[] | undefined;
  onTick: (itemId: string, done: boolean) => void;
}

export function curriculumView(html: typeof Html) {
  const isExternal = (href: string) => /^https?:\/\//i.test(href);

  const resource = ({title, href, kind, minutes, free}: Resource, locale: string, words: CurriculumWords) => {
    const facts = [
      minutes === undefined ? '' : words.minutes(formatCount(minutes, locale)),
      free === undefined ? '' : free ? words.free : words.paid,
    ].filter(Boolean);
    return html`<li part="resource">
      ${kind ? html`<span class="kind" part="resource-kind">${words.kinds[kind]}</span>` : ''}
      <a href=${href} rel=${isExternal(href) ? 'noopener' : ''}>${title}</a>
      ${facts.length ? html`<span class="facts">${facts.join(' · ')}</span>` : ''}
    </li>`;
  };

  const resources = (item: CurriculumItem, locale: string, words: CurriculumWords) =>
    item.resources.length
      ? html`<ul class="resources" role="list">
          ${item.resources.map((entry) => resource(entry, locale, words))}
        </ul>`
      : '';

  const entries = (options: PlanOptions) => {
    const {stage, locale, level, features, done, onTick} = options;
    const words = planWords(options.words);
    // Checkbox ids follow the stage's own items' (`c0`, `c1`, … in the reader features).
    let index = stage.items.length;
    return stage.curriculum.map((entry) => {
      const facts = [formatWeeks(entry.weeks, locale, words)];
      if (entry.hours !== undefined) facts.push(words.hours(formatCount(entry.hours, locale), entry.hours));
      return html`<li class="entry" part="curriculum-entry">
        <p class="when">${facts.join(' · ')}</p>
        <p class="entry-title" role="heading" aria-level=${Math.min(level + 1, 6)}>${entry.title}</p>
        ${entry.summary ? html`<p class="entry-summary">${entry.summary}</p>` : ''}
        ${
          entry.items.length
            ? html`<ul class="entry-items" part="items" role="list">
                ${entry.items.map((item) => {
                  const at = index++;
                  const more = resources(item, locale, words);
                  const link = item.href ? html`<a part="link" id=${`t${at}`} href=${item.href}>${item.text}</a>` : '';
                  if (!features || !done) return html`<li part="item">${link || item.text}${more}</li>`;
                  return features.trackedItem(
                    item.text,
                    link,
                    at,
                    done.includes(item.id),
                    (checked) => onTick(item.id, checked),
                    more,
                  );
                })}
              </ul>`
            : ''
        }
      </li>`;
    });
  };

  /** The plan of a card: its button and summary line, and its entries once opened or printed. */
  return (host: CurriculumHost, options: PlanOptions): TemplateResult => {
    let state = states.get(host);
    if (!state) {
      listen();
      states.set(host, (state = {open: false, shown: printing}));
      hosts.add(new WeakRef(host));
    }
    const {stage, locale} = options;
    const words = planWords(options.words);
    const {weeks, hours} = planTotals(stage.curriculum);
    const line = [words.plan, words.weeks(formatCount(weeks, locale), weeks)];
    if (hours !== undefined) line.push(words.hours(formatCount(hours, locale), hours));
    const open = state.open;
    const toggle = () => {
      state.open = !open;
      state.shown = true;
      // For the timeline's row of cards: while a plan is open, the others keep their own height (salary-ladder.styles.ts).
      host.toggleAttribute('data-plan-open', state.open);
      host.requestUpdate();
    };
    return html`<div class="plan" part="curriculum">
      <button
        type="button"
        class="plan-toggle"
        part="curriculum-toggle"
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls="plan"
        @click=${toggle}
      >
        <span class="plan-line">${line.join(' · ')}</span>
        ${
          stage.curriculum.some((entry) => entry.sample)
            ? html`<span class="sample" part="curriculum-sample">${words.samplePlan}</span>`
            : ''
        }
      </button>
      <ol class="entries" id="plan" role="list" ?hidden=${!open}>
        ${state.shown ? entries(options) : ''}
      </ol>
    </div>`;
  };
}

export type CurriculumView = ReturnType<typeof curriculumView>;
