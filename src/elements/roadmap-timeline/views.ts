/**
 * What `<roadmap-timeline>` shows, as templates of what it knows: the loading skeleton, the error, the header with
 * its facts, the list of stages and the calls to action. The element decides what to show and gathers the inputs
 * (its roadmap, words, reader features, the extras that have loaded); these functions only lay them out.
 */
import {html, nothing} from 'lit';
import type {Roadmap} from '../../schema/roadmap.js';
import {formatIssue, type RoadmapIssue} from '../../schema/issues.js';
import type {Words} from '../../format/words.js';
import type {Theme} from '../theme.js';
import {heading} from '../heading.js';
import {sourceLine} from '../source-line.js';
import type {Labels} from './derived.js';
import type {FailureKind} from './failure.js';

/** The placeholder while a roadmap loads: shaped like the header, its facts and the first cards. */
export const loadingView = (words: Words) =>
  html`<div class="loading" part="loading">
    <span class="visually-hidden">${words.loading}</span>
    <div class="skeleton eyebrow"></div>
    <div class="skeleton title"></div>
    <div class="skeleton line"></div>
    <div class="skeleton-facts">
      <div class="skeleton fact"></div>
      <div class="skeleton fact"></div>
      <div class="skeleton fact"></div>
    </div>
    <div class="skeleton card"></div>
    <div class="skeleton card"></div>
    <div class="skeleton card"></div>
  </div>`;

/**
 * A failure in the reader's words: one sentence by its kind, Retry where trying again can help (`retry` given),
 * the publisher's fallback children when no earlier roadmap stays on screen, and the located issues under
 * "Details".
 */
export function errorView(
  words: Words,
  kind: FailureKind,
  issues: readonly RoadmapIssue[],
  keptPrevious: boolean,
  retry: (() => void) | undefined,
) {
  const sentence = {
    network: words.errorNetwork,
    timeout: words.errorTimeout,
    server: words.errorServer,
    invalid: words.errorInvalid,
  }[kind];
  // A child <script> is never displayed: the slot shows only the publisher's other children.
  return html`<div class="error" part="error" role="alert">
    <p class="error-title">${sentence}${keptPrevious ? ` ${words.keptPrevious}` : nothing}</p>
    ${
      retry
        ? html`<button class="button retry" part="retry" type="button" @click=${retry}>${words.retry}</button>`
        : nothing
    }
    ${keptPrevious ? nothing : html`<div class="fallback" part="fallback"><slot></slot></div>`}
    <details>
      <summary>${words.errorDetails}</summary>
      <ul>
        ${issues.map((issue) => html`<li>${formatIssue(issue)}</li>`)}
      </ul>
    </details>
  </div>`;
}

/**
 * The header: eyebrow, title, tagline, summary, notice, the first call to action, and the facts, among them
 * `ladder` (the salary ladder, when the view extra is here and stages have salaries; else the market band),
 * `check` (the offer check's field, or `nothing`) and `progress` (the "Your progress" fact, with `track-progress`).
 * (Arguments, not an options object: their names minify, the embed's bytes are counted.)
 */
export function headerView(
  roadmap: Roadmap,
  level: number,
  words: Words,
  labels: Labels,
  theme: Theme | undefined,
  ladder: unknown,
  check: unknown,
  progress: unknown,
) {
  const {market} = roadmap;
  const {eyebrow} = labels;
  const roles = roadmap.links?.find((link) => link.rel === 'roles');
  const salarySource = labels.salarySource
    ? html`<dd class="note source" part="source">${sourceLine(labels.salarySource)}</dd>`
    : nothing;
  const facts = [
    labels.openRoles === undefined
      ? undefined
      : html`<div class="fact" part="fact">
          <dt>${words.openRoles}</dt>
          <dd class="big">
            ${
              roles
                ? html`<a part="roles-link" href=${roles.href} data-rel="roles" data-label=${roles.label}
                    >${labels.openRoles}</a
                  >`
                : labels.openRoles
            }
          </dd>
          ${
            // "as of May 2026" beside "Last refreshed May 2026", or beside a source dated May 2026, would say one
            // date twice.
            labels.asOf && market?.asOf !== roadmap.updated && !labels.rolesSource?.date
              ? html`<dd class="note">${labels.asOf}</dd>`
              : nothing
          }
          ${labels.rolesSource ? html`<dd class="note source" part="source">${sourceLine(labels.rolesSource)}</dd>` : nothing}
        </div>`,
    ladder
      ? html`<div class="fact ladder" part="fact salary-ladder">
          <dt>${words.salaryByStage}</dt>
          ${ladder}${salarySource} ${check}
        </div>`
      : market?.salary === undefined
        ? undefined
        : html`<div class="fact wide" part="fact">
            <dt>${words.marketSalary}</dt>
            <dd>
              <salary-band
                part="market-salary"
                exportparts="band: market-salary-band, value: market-salary-value, bar: market-salary-bar"
                .min=${market.salary.min}
                .max=${market.salary.max}
                .period=${market.salary.period}
                label=""
                .theme=${theme}
              ></salary-band>
            </dd>
            ${salarySource} ${check}
          </div>`,
    labels.updated === undefined
      ? undefined
      : html`<div class="fact" part="fact">
          <dt>${words.lastRefreshed}</dt>
          <dd>${labels.updated}</dd>
        </div>`,
    progress,
  ].filter(Boolean);
  return html`<header part="header">
    ${
      eyebrow || roadmap.category
        ? html`<p class="eyebrow" part="eyebrow">
            ${eyebrow}${
              roadmap.category ? html`<span class="category" part="category">${roadmap.category}</span>` : nothing
            }
          </p>`
        : nothing
    }
    ${heading(level, 'title', roadmap.title)}
    ${roadmap.tagline ? html`<p class="tagline" part="tagline">${roadmap.tagline}</p>` : nothing}
    ${roadmap.summary ? html`<p class="summary" part="summary">${roadmap.summary}</p>` : nothing}
    ${roadmap.notice ? html`<p class="notice" part="notice">${roadmap.notice}</p>` : nothing}
    ${
      // The call to action within reach: the first link, in the header too, not only after every stage.
      roadmap.links?.[0]
        ? html`<p class="header-cta">
            <a
              class="button primary"
              part="header-link"
              href=${roadmap.links[0].href}
              data-rel=${roadmap.links[0].rel ?? nothing}
              >${roadmap.links[0].label}</a
            >
          </p>`
        : nothing
    }
    ${facts.length ? html`<dl class="facts" part="facts">${facts}</dl>` : nothing}
  </header>`;
}

/** The calls to action after the stages: a title, a summary and the links, the first one primary. */
export function linksView(roadmap: Roadmap, level: number, words: Words) {
  if (!roadmap.links?.length && !roadmap.linksTitle && !roadmap.linksSummary) return nothing;
  return html`<section class="links" part="links" aria-label=${roadmap.linksTitle ? nothing : words.links}>
    ${roadmap.linksTitle ? heading(level + 1, 'links-title', roadmap.linksTitle) : nothing}
    ${roadmap.linksSummary ? html`<p class="summary">${roadmap.linksSummary}</p>` : nothing}
    ${
      roadmap.links?.length
        ? html`<ul>
            ${roadmap.links.map(
              (link, index) =>
                html`<li>
                  <a
                    class=${index === 0 ? 'button primary' : 'button'}
                    part=${link.rel && /^[a-z0-9-]+$/.test(link.rel) ? `link link-${link.rel}` : 'link'}
                    href=${link.href}
                    data-rel=${link.rel ?? nothing}
                    >${link.label}</a
                  >
                </li>`,
            )}
          </ul>`
        : nothing
    }
  </section>`;
}
