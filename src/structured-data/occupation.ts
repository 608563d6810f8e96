/**
 * The roadmap as schema.org JSON-LD, for search engines: an `Occupation` (never a `JobPosting`: a roadmap
 * advertises no vacancy) with its salary bands as `MonetaryAmountDistribution`s.
 */
import type {Roadmap, SalaryRange, Source} from '../schema/roadmap.js';
import type {SalaryPeriod} from '../schema/limits.js';
import type {Words} from '../format/words.js';

/** A salary period as the ISO 8601 duration schema.org's `duration` takes. */
const DURATIONS: Record<SalaryPeriod, string> = {year: 'P1Y', month: 'P1M', hour: 'PT1H'};

/** Two names for the same place are the same when they differ only in case and spacing. */
const same = (a: string, b?: string) => Boolean(b) && a.trim().toLowerCase() === b!.trim().toLowerCase();

/**
 * `Country` when `region` names the country of the locale's region subtag (en-IN and "India", hi-IN and
 * "भारत"), else the wider `AdministrativeArea` (a state, a city, "Remote").
 */
function place(region: string, locale: string) {
  let country: string | undefined;
  try {
    country = new Intl.Locale(locale).maximize().region;
  } catch {
    // Not a language tag: no country to compare with.
  }
  const isCountry =
    country !== undefined &&
    [locale, 'en'].some((language) => same(region, new Intl.DisplayNames(language, {type: 'region'}).of(country)));
  return {'@type': isCountry ? 'Country' : 'AdministrativeArea', name: region};
}

/**
 * One salary band. schema.org's distribution has percentiles, not minimum and maximum: the band's ends are
 * published as its 10th and 90th percentiles, and its period as `duration` (`P1Y` per year).
 */
const distribution = (name: string, range: SalaryRange, currency: string) => ({
  '@type': 'MonetaryAmountDistribution',
  name,
  currency,
  duration: DURATIONS[range.period ?? 'year'],
  percentile10: range.min,
  percentile90: range.max,
});

/**
 * A source the roadmap's figures cite, as the `Dataset` it is about this occupation: its label, link, date, and
 * how it got its figures (`measurementTechnique`, with the sample in words as its `description`).
 */
function dataset(source: Source, locale: string, words: Words) {
  const count = source.sampleSize === undefined ? '' : new Intl.NumberFormat(locale).format(source.sampleSize);
  const how = source.method ? words.sourceMethod[source.method](count) : count && words.dataPoints(count);
  return {
    '@type': 'Dataset',
    name: source.label,
    ...(source.href ? {url: source.href} : {}),
    ...(source.asOf ? {dateModified: source.asOf} : {}),
    ...(source.method ? {measurementTechnique: source.method} : {}),
    ...(how ? {description: how} : {}),
  };
}

/**
 * The JSON-LD object describing `roadmap`: `name` (the role, else the title), `description`,
 * `occupationLocation` (from `region`) and `estimatedSalary` (the market band, then each stage's band, named by
 * the stage title), and the sources those cite as `subjectOf` datasets. `locale` decides whether the region is a country; `words` (the locale's, see `wordsFor`)
 * names the market band. The words are passed in, not looked up, so this module stands alone: the embed loads it
 * only for `structured-data`.
 */
export function occupationJsonLd(roadmap: Roadmap, locale: string, words: Words): Record<string, unknown> {
  const {currency, market} = roadmap;
  const salaries = [];
  if (currency) {
    if (market?.salary) salaries.push(distribution(words.marketSalary, market.salary, currency));
    for (const stage of roadmap.stages)
      if (stage.salary) salaries.push(distribution(stage.title, stage.salary, currency));
  }
  // The sources its figures cite (open roles, the bands), each once, as `subjectOf`: data about this occupation.
  const cited = new Set([
    market?.source,
    market?.salary?.source,
    ...roadmap.stages.map((stage) => stage.salary?.source),
  ]);
  const sources = (roadmap.sources ?? []).filter((source) => cited.has(source.id));
  return {
    '@context': 'https://schema.org',
    '@type': 'Occupation',
    name: roadmap.role ?? roadmap.title,
    description: roadmap.summary ?? roadmap.tagline ?? roadmap.title,
    ...(roadmap.region ? {occupationLocation: [place(roadmap.region, locale)]} : {}),
    ...(salaries.length ? {estimatedSalary: salaries} : {}),
    ...(sources.length ? {subjectOf: sources.map((source) => dataset(source, locale, words))} : {}),
  };
}

/**
 * Keeps `host`'s light-DOM `<script type="application/ld+json" data-roadmap>` (made when missing) describing
 * `roadmap`, where crawlers read it. What `<roadmap-timeline structured-data>` calls.
 */
export function writeOccupation(host: Element, roadmap: Roadmap, locale: string, words: Words): void {
  let script = host.querySelector(':scope > script[type="application/ld+json"][data-roadmap]');
  if (!script) {
    script = document.createElement('script');
    script.setAttribute('type', 'application/ld+json');
    script.setAttribute('data-roadmap', '');
    host.append(script);
  }
  const text = JSON.stringify(occupationJsonLd(roadmap, locale, words));
  if (script.textContent !== text) script.textContent = text;
}
