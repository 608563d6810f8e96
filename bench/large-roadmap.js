// The benchmark's 300-stage roadmap, generated in the page from a seed: the same roadmap on every machine.

/**
 * Its size: stages, items per stage, the seed, and every how many stages one has a week-by-week plan (issue 16: a
 * long roadmap with curricula must render as fast; its plans render collapsed, their entries only once opened).
 */
export const LARGE = {stages: 300, items: 12, seed: 20260501, curriculumEvery: 3};

/** A small seeded PRNG (mulberry32): the same seed gives the same roadmap on every machine. */
export function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'api cache queue schema index query service deploy metrics tracing retry idempotency shard replica ' +
  'contract review design latency throughput budget incident runbook backlog migration rollout feature ' +
  'flag pipeline container cluster storage stream event webhook gateway token session audit'
).split(' ');

/** `stages` stages of `items` items each, with periods, summaries, links and rising salaries. */
export function largeRoadmap({stages, items, seed, curriculumEvery = 0} = LARGE) {
  const next = random(seed);
  // The plans draw from a generator of their own, so the rest of the roadmap is the same with them or without.
  const nextInPlan = random(seed + 1);
  const planPhrase = (count) =>
    Array.from({length: count}, () => WORDS[Math.floor(nextInPlan() * WORDS.length)]).join(' ');
  const curriculum = (stage) =>
    Array.from({length: 4}, (_, entry) => ({
      title: `Week ${entry * 2 + 1} ${planPhrase(3)}`,
      weeks: {from: entry * 2 + 1, to: entry * 2 + 2},
      hours: 6 + entry,
      summary: `${planPhrase(12)}.`,
      items: Array.from({length: 3}, (_, item) => ({
        text: `${planPhrase(6)} ${item + 1}`,
        resources: [
          {title: planPhrase(4), href: `https://example.org/read/${stage}/${entry}/${item}`, kind: 'docs', free: true},
          {title: planPhrase(3), href: `/practice/${stage}/${entry}/${item}`, kind: 'practice', minutes: 45},
        ],
      })),
    }));
  const pick = () => WORDS[Math.floor(next() * WORDS.length)];
  const phrase = (count) => Array.from({length: count}, pick).join(' ');
  const sentence = (count) => {
    const text = phrase(count);
    return text[0].toUpperCase() + text.slice(1);
  };
  const salaryAt = (index) => 400_000 + index * 25_000 + Math.floor(next() * 10) * 10_000;
  return {
    version: 1,
    id: 'benchmark-300-stages',
    title: `A ${stages}-stage benchmark roadmap`,
    role: 'Backend Developer',
    region: 'India',
    tagline: 'Generated deterministically for the benchmark.',
    summary: sentence(40) + '.',
    updated: '2026-05',
    locale: 'en-IN',
    currency: 'INR',
    market: {openRoles: 7840, salary: {min: 400_000, max: salaryAt(stages) + 500_000}, asOf: '2026-05'},
    stages: Array.from({length: stages}, (_, index) => ({
      id: `stage-${index + 1}`,
      title: `${sentence(3)} ${index + 1}`,
      period: {unit: 'month', from: index * 2, to: index * 2 + 2},
      summary: sentence(18) + '.',
      items: Array.from({length: items}, (_, item) =>
        item % 4 === 3 ? {text: sentence(7), href: `https://example.org/learn/${index + 1}/${item + 1}`} : sentence(8),
      ),
      salary: {min: salaryAt(index), max: salaryAt(index) + 300_000},
      ...(curriculumEvery && index % curriculumEvery === 0 ? {curriculum: curriculum(index + 1)} : {}),
    })),
    links: [
      {label: 'Browse open roles', href: 'https://example.org/jobs', rel: 'roles'},
      {label: 'Salary guide', href: 'https://example.org/salary', rel: 'salary'},
    ],
  };
}
