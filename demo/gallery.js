// Builds a 300-stage roadmap of 12 items each, to show (and time) a large one.
const started = performance.now();
const large = document.getElementById('large');
large.addEventListener('roadmap-load', () => {
  const ms = Math.round(performance.now() - started);
  console.log(`300 stages rendered in ${ms} ms`);
  document.title += ` (${ms} ms)`;
});
large.roadmap = {
  version: 1,
  id: 'large-roadmap',
  title: 'A roadmap of three hundred stages',
  locale: 'de-DE',
  currency: 'EUR',
  stages: Array.from({length: 300}, (_, stage) => ({
    title: `Stufe ${stage + 1}`,
    period: {unit: 'month', from: stage, to: stage + 1},
    items: Array.from({length: 12}, (_, item) => `Thema ${stage + 1}.${item + 1}`),
    salary: {min: 40000 + stage * 100, max: 52000 + stage * 150},
  })),
};
