/**
 * The roadmap as plain, semantic HTML for the light DOM of a server-rendered `<roadmap-timeline>`: what feed
 * readers, email clients and reader modes show, since they run no script and drop `<template>` (so the declarative
 * shadow root never forms). Where the shadow root does form, from the HTML or from the element's script, light-DOM
 * children are not rendered (the timeline has no `<slot>`), so the roadmap never shows twice.
 *
 * It carries no `id`s: the stages' ids belong to the shadow root, where a URL's `#<stage id>` finds them.
 */
import type {Roadmap} from '../schema/roadmap.js';
import {formatCalendarDate} from '../format/date.js';
import {formatMoneyRange} from '../format/money.js';
import {formatCount} from '../format/number.js';
import {formatPeriod} from '../format/period.js';
import {textDirection} from '../format/locale.js';
import type {Words} from '../format/words.js';
import {formatWeeks, planTotals, planWords} from '../elements/stage-card/curriculum.js';
import {findSource, sourceNote} from '../format/source.js';
import {salarySourceId} from '../elements/roadmap-timeline/derived.js';

const escapeText = (text: string) => text.replace(/[&<>]/g, (char) => `&#${char.charCodeAt(0)};`);
const escapeAttribute = (text: string) => text.replace(/[&"<>]/g, (char) => `&#${char.charCodeAt(0)};`);

/** The fallback element, `<div data-roadmap-fallback>`, in the roadmap's language. */
export function fallbackHtml(roadmap: Roadmap, locale: string, words: Words, headingLevel = 2): string {
  const planText = planWords(words);
  const level = (offset: number) => Math.min(headingLevel + offset, 6);
  const h = (offset: number, text: string) => `<h${level(offset)}>${escapeText(text)}</h${level(offset)}>`;
  const p = (text: string | undefined) => (text ? `<p>${escapeText(text)}</p>` : '');
  const money = (range: {min: number; max: number; period?: 'year' | 'month' | 'hour' | undefined}) => {
    const text = formatMoneyRange(range, locale, roadmap.currency!);
    return range.period && range.period !== 'year' ? `${text} ${words.per[range.period]}` : text;
  };
  const link = (href: string, label: string) => `<a href="${escapeAttribute(href)}">${escapeText(label)}</a>`;

  /** A stage's curriculum, as a `<details>` that readers without script open themselves. */
  const plan = (curriculum: NonNullable<Roadmap['stages'][number]['curriculum']>) => {
    const {weeks, hours} = planTotals(curriculum);
    const line = [planText.plan, planText.weeks(formatCount(weeks, locale), weeks)];
    if (hours !== undefined) line.push(planText.hours(formatCount(hours, locale), hours));
    if (curriculum.some((entry) => entry.sample)) line.push(planText.samplePlan);
    const entries = curriculum.map((entry) => {
      const when = [formatWeeks(entry.weeks, locale, planText)];
      if (entry.hours !== undefined) when.push(planText.hours(formatCount(entry.hours, locale), entry.hours));
      const items = entry.items.map((item) => {
        const resources = item.resources.map(({title, href, kind, minutes, free}) => {
          const facts = [minutes === undefined ? '' : planText.minutes(formatCount(minutes, locale))];
          if (free !== undefined) facts.push(free ? planText.free : planText.paid);
          const said = facts.filter(Boolean).join(' · ');
          return `<li>${kind ? `${escapeText(planText.kinds[kind])}: ` : ''}${link(href, title)}${said ? ` (${escapeText(said)})` : ''}</li>`;
        });
        return `<li>${item.href ? link(item.href, item.text) : escapeText(item.text)}${resources.length ? `<ul>${resources.join('')}</ul>` : ''}</li>`;
      });
      return `<li>${p(when.join(' · '))}${h(2, entry.title)}${p(entry.summary)}${items.length ? `<ul>${items.join('')}</ul>` : ''}</li>`;
    });
    return `<details><summary>${escapeText(line.join(' · '))}</summary><ol>${entries.join('')}</ol></details>`;
  };

  /** Where a figure comes from, as the elements say it (`format/source.ts`): its label linked; '' without one. */
  const sourced = (id: string | undefined, shown?: number) => {
    const source = findSource(roadmap, id);
    if (!source) return '';
    const note = sourceNote(source, locale, shown);
    return (
      escapeText(note.before) +
      (note.href ? link(note.href, note.label) : escapeText(note.label)) +
      escapeText(note.after)
    );
  };
  const salarySource = salarySourceId(roadmap);

  const {market} = roadmap;
  /** Each fact: its term, then its values as HTML (the figure, and where it comes from). */
  const facts: [string, string[]][] = [];
  if (market?.openRoles !== undefined) {
    const source = sourced(market.source, market.openRoles);
    const dated = findSource(roadmap, market.source)?.asOf !== undefined;
    const asOf = market.asOf && !dated ? ` (${words.asOf(formatCalendarDate(market.asOf, locale))})` : '';
    facts.push([words.openRoles, [escapeText(`${formatCount(market.openRoles, locale)}${asOf}`), source]]);
  }
  if (market?.salary) facts.push([words.marketSalary, [escapeText(money(market.salary)), sourced(salarySource)]]);
  if (roadmap.updated) facts.push([words.lastRefreshed, [escapeText(formatCalendarDate(roadmap.updated, locale))]]);

  const stages = roadmap.stages.map((stage, index) => {
    const meta = [words.stage(formatCount(index + 1, locale)), stage.period && formatPeriod(stage.period, locale)];
    const items = stage.items.map(
      (item) => `<li>${item.href ? link(item.href, item.text) : escapeText(item.text)}</li>`,
    );
    return (
      `<li>${h(1, stage.title)}${p(meta.filter(Boolean).join(' · '))}${p(stage.summary)}` +
      (items.length ? `<ul>${items.join('')}</ul>` : '') +
      (stage.curriculum?.length ? plan(stage.curriculum) : '') +
      (stage.salary ? `<p>${escapeText(`${words.salaryRange}: ${money(stage.salary)}`)}</p>` : '') +
      (stage.salary?.source !== salarySource && sourced(stage.salary?.source)
        ? `<p>${sourced(stage.salary?.source)}</p>`
        : '') +
      `</li>`
    );
  });

  const links = roadmap.links ?? [];
  const direction = textDirection(locale) === 'rtl' ? ' dir="rtl"' : '';
  return (
    `<div data-roadmap-fallback lang="${escapeAttribute(locale)}"${direction}>` +
    p([roadmap.role, roadmap.region].filter(Boolean).join(' · ')) +
    h(0, roadmap.title) +
    p(roadmap.tagline) +
    p(roadmap.summary) +
    p(roadmap.notice) +
    (facts.length
      ? `<dl>${facts
          .map(
            ([term, values]) =>
              `<dt>${escapeText(term)}</dt>${values
                .filter(Boolean)
                .map((value) => `<dd>${value}</dd>`)
                .join('')}`,
          )
          .join('')}</dl>`
      : '') +
    (roadmap.stagesTitle ? h(1, roadmap.stagesTitle) : '') +
    `<ol>${stages.join('')}</ol>` +
    (roadmap.linksTitle ? h(1, roadmap.linksTitle) : '') +
    p(roadmap.linksSummary) +
    (links.length ? `<ul>${links.map((entry) => `<li>${link(entry.href, entry.label)}</li>`).join('')}</ul>` : '') +
    `</div>`
  );
}
