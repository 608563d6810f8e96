// Demo controls: set theme and layout on every roadmap on the page (also from ?theme=dark&layout=vertical).
const params = new URLSearchParams(location.search);
for (const name of ['theme', 'layout']) {
  const control = document.getElementById(name);
  const apply = (value) => {
    control.value = value;
    for (const roadmap of document.querySelectorAll('roadmap-timeline')) roadmap.setAttribute(name, value);
  };
  control.addEventListener('change', () => apply(control.value));
  if (params.has(name)) apply(params.get(name));
}
if (params.get('theme') === 'dark') document.documentElement.classList.add('dark');
