// Demo controls: set theme and layout on every roadmap on the page (also from ?theme=dark&layout=vertical).
const params = new URLSearchParams(location.search);
// The options are open where there is room for them beside the roadmap's width; on a phone, one tap away.
const controls = document.getElementById('controls');
if (controls && matchMedia('(min-width: 48em)').matches) controls.open = true;
// The page's own light or dark (its `color-scheme`): theme="auto" roadmaps follow it.
const pageScheme = document.getElementById('page-scheme');
const applyScheme = (value) => {
  if (pageScheme) pageScheme.value = value;
  if (value) document.documentElement.dataset.scheme = value;
  else delete document.documentElement.dataset.scheme;
};
pageScheme?.addEventListener('change', () => applyScheme(pageScheme.value));
if (params.has('page')) applyScheme(params.get('page'));
else if (params.get('theme') === 'dark') applyScheme('dark');
for (const name of ['theme', 'layout']) {
  const control = document.getElementById(name);
  if (!control) continue;
  const apply = (value) => {
    control.value = value;
    for (const roadmap of document.querySelectorAll('roadmap-timeline')) roadmap.setAttribute(name, value);
  };
  control.addEventListener('change', () => apply(control.value));
  if (params.has(name)) apply(params.get(name));
}
// Reader features (also from ?track-progress&collapsible&experience=7&active-stage=real-projects).
const setAll = (name, value) => {
  // Stage ids belong to one roadmap: active-stage goes to the first (India) roadmap only.
  const targets =
    name === 'active-stage'
      ? [document.querySelector('roadmap-timeline')]
      : document.querySelectorAll('roadmap-timeline');
  for (const roadmap of targets) {
    if (value === null || value === false || value === '') roadmap.removeAttribute(name);
    else roadmap.setAttribute(name, value === true ? '' : value);
  }
};
for (const name of ['track-progress', 'collapsible']) {
  const control = document.getElementById(name);
  control.addEventListener('change', () => setAll(name, control.checked));
  if (params.has(name)) setAll(name, (control.checked = true));
}
for (const name of ['experience', 'active-stage']) {
  const control = document.getElementById(name);
  control.addEventListener('change', () => setAll(name, control.value));
  if (params.has(name)) setAll(name, (control.value = params.get(name)));
}
document.addEventListener('roadmap-progress', (event) => {
  const {stageId, itemId, done, completed, total} = event.detail;
  console.info(`roadmap-progress: ${stageId}/${itemId} ${done ? 'done' : 'not done'} (${completed} of ${total})`);
});
document.addEventListener('roadmap-offer', (event) => {
  const {amount, currency, period, stageId} = event.detail;
  console.info(`roadmap-offer: ${amount} ${currency} per ${period}, in stage ${stageId ?? '(none)'}`);
});
// What a job board sends to its analytics: every link a reader follows (the navigation goes ahead as usual).
document.addEventListener('roadmap-link', (event) => {
  const {href, rel, label, stageId, itemId} = event.detail;
  console.info('roadmap-link:', {href, rel, label, stageId, itemId});
});
