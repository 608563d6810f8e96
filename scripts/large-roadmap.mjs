// The benchmarks' large roadmap: `stages` stages of `items` items each, with periods, summaries, links and rising
// salaries, the same for a seed on every machine. scripts/bench-ssr.mjs uses it; scripts/bench.mjs builds the
// same shape (300 × 12, seed 20260501) and can import it from here.

/** A small seeded PRNG (mulberry32). */
function random(seed) {
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

export const LARGE = {stages: 300, items: 12, seed: 20260501};

export function largeRoadmap({stages, items, seed} = LARGE) {
  const next = random(seed);
  const pick = () => WORDS[Math.floor(next() * WORDS.length)];
  const sentence = (count) => {
    const text = Array.from({length: count}, pick).join(' ');
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
    })),
    links: [
      {label: 'Browse open roles', href: 'https://example.org/jobs', rel: 'roles'},
      {label: 'Salary guide', href: 'https://example.org/salary', rel: 'salary'},
    ],
  };
}
