// The benchmark's vanilla floor: the roadmap's content as one innerHTML string in one shadow root, with one
// constructed style sheet of about the same rules as the elements' sheets.

/**
 * The vanilla floor: builds the whole roadmap as one string in `locale` (default: the roadmap's) and puts it into
 * `host`'s shadow root, attaching one with `css` first. What any implementation that formats through Intl and lays
 * the page out pays; it validates nothing and has no components.
 */
export function vanillaRender(host, roadmap, css = VANILLA_CSS, locale = roadmap.locale) {
  const escape = (text) =>
    String(text).replace(/[&<>"']/g, (c) => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'})[c]);
  const {currency} = roadmap;
  const money = new Intl.NumberFormat(locale, {style: 'currency', currency, notation: 'compact'});
  const spoken = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    notation: 'compact',
    compactDisplay: 'long',
    currencyDisplay: 'name',
  });
  const count = new Intl.NumberFormat(locale);
  const date = new Intl.DateTimeFormat(locale, {year: 'numeric', month: 'long', timeZone: 'UTC'});
  const month = (text) => date.format(new Date(`${text}-01T00:00:00Z`));
  const scale = {min: roadmap.market.salary.min, max: roadmap.market.salary.max};
  for (const stage of roadmap.stages) {
    scale.min = Math.min(scale.min, stage.salary.min);
    scale.max = Math.max(scale.max, stage.salary.max);
  }
  const band = (range, label) => {
    const span = scale.max - scale.min || 1;
    const start = ((range.min - scale.min) / span) * 100;
    const width = ((range.max - range.min) / span) * 100;
    return `<div class="band">${label ? `<span class="label">${label}</span>` : ''}<span class="value">${money.format(
      range.min,
    )} – ${money.format(range.max)}</span><span class="vh">${spoken.format(range.min)} to ${spoken.format(
      range.max,
    )} per year</span><svg class="bar" aria-hidden="true"><rect class="track" width="100%" height="100%" rx="4"></rect><rect class="fill" x="${start}%" width="${width}%" height="100%" rx="4"></rect></svg></div>`;
  };
  const period = (p) =>
    p.to === undefined
      ? `${p.unit === 'year' ? 'Year' : 'Month'} ${count.format(p.from)}+`
      : `${p.unit === 'year' ? 'Year' : 'Months'} ${count.format(p.from)}–${count.format(p.to)}`;
  let html = `<div class="root" lang="${escape(locale)}"><header><p class="eyebrow">${escape(roadmap.role)} · ${escape(roadmap.region)}</p><h2>${escape(
    roadmap.title,
  )}</h2><p class="tagline">${escape(roadmap.tagline)}</p><p class="summary">${escape(roadmap.summary)}</p>`;
  if (roadmap.notice) html += `<p class="notice">${escape(roadmap.notice)}</p>`;
  html += `<dl class="facts"><div class="fact"><dt>Open roles</dt><dd class="big">${count.format(
    roadmap.market.openRoles,
  )}</dd><dd class="note">as of ${month(roadmap.market.asOf)}</dd></div><div class="fact wide"><dt>Salary band</dt><dd>${band(
    roadmap.market.salary,
    '',
  )}</dd></div><div class="fact"><dt>Last refreshed</dt><dd>${month(roadmap.updated)}</dd></div></dl></header>`;
  html += '<section class="stages-section" aria-label="Stages"><ol class="stages">';
  roadmap.stages.forEach((stage, index) => {
    html += `<li class="stage" id="${escape(stage.id)}"><span class="marker" aria-hidden="true">${count.format(
      index + 1,
    )}</span><div class="card"><div class="head"><p class="meta"><span class="index">Stage ${count.format(
      index + 1,
    )}</span><span>${period(stage.period)}</span></p><h3>${escape(stage.title)}</h3></div><p class="summary">${escape(
      stage.summary,
    )}</p><ul>`;
    for (const item of stage.items) {
      html +=
        typeof item === 'string'
          ? `<li>${escape(item)}</li>`
          : `<li>${item.href ? `<a href="${escape(item.href)}">${escape(item.text)}</a>` : escape(item.text)}</li>`;
    }
    html += `</ul><div class="salary">${band(stage.salary, 'Salary range')}</div></div></li>`;
  });
  html += '</ol></section><section class="links" aria-label="Next steps"><ul>';
  roadmap.links.forEach((link, index) => {
    html += `<li><a class="button${index === 0 ? ' primary' : ''}" href="${escape(link.href)}">${escape(link.label)}</a></li>`;
  });
  html += '</ul></section></div>';
  if (!host.shadowRoot) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    host.attachShadow({mode: 'open'}).adoptedStyleSheets = [sheet];
  }
  host.shadowRoot.innerHTML = html;
}

/** About the same rules as the elements' sheets: theme tokens, the grid of stages, cards, bands. */
export const VANILLA_CSS = `
:host{display:block;container-type:inline-size;--bg:#fff;--surface:#f6f7f9;--text:#1c2026;--muted:#4f5866;
--border:#d6dae1;--accent:#2446c7;--accent-text:#fff;--track:#e3e7ee}
:host([theme=dark]){--bg:#11151c;--surface:#1a2029;--text:#e8ebf0;--muted:#a9b2c0;--border:#343d4b;--accent:#8fa8ff}
.root{--m:2.25em;box-sizing:border-box;display:flex;flex-direction:column;gap:1.75em;padding:1.5em;background:var(--bg);
color:var(--text);line-height:1.5;border:1px solid var(--border);border-radius:.75em;overflow-wrap:anywhere}
p,ul,ol,dl,dd{margin:0}h2,h3{margin:0;line-height:1.2}
header{display:flex;flex-direction:column;gap:.75em}
.eyebrow{color:var(--accent);font-size:.875em;font-weight:700;letter-spacing:.04em;text-transform:uppercase}
h2{font-size:clamp(1.5em,1.25em + 1.5cqi,2.25em);font-weight:800;max-width:30em}
.tagline{font-size:1.125em;font-weight:600}.summary{max-width:48em;color:var(--muted)}
.notice{align-self:flex-start;padding:.375em .875em;border-radius:.5em;background:#fff4d6;color:#5b4200;font-weight:600}
.facts{display:grid;grid-template-columns:repeat(auto-fit,minmax(11em,1fr));gap:.75em}
.fact{display:flex;flex-direction:column;gap:.25em;padding:.875em 1em;border-radius:.75em;background:var(--surface)}
.fact.wide{grid-column:span 2}dt{color:var(--muted);font-size:.8125em;font-weight:600}
.big{font-size:1.5em;font-weight:800;font-variant-numeric:tabular-nums}.note{color:var(--muted);font-size:.8125em}
.stages{display:grid;gap:1.25em;padding:0;list-style:none}
.stage{position:relative;display:grid;grid-template-columns:var(--m) minmax(0,1fr);gap:.75em 1em}
.stage:not(:last-child)::before{content:'';position:absolute;top:calc(var(--m) + .875em);bottom:-1.25em;
inset-inline-start:calc(var(--m)/2 - 1px);width:2px;background:var(--border)}
.marker{margin-top:.875em;box-sizing:border-box;display:grid;place-items:center;width:var(--m);height:var(--m);
border-radius:50%;background:var(--accent);color:var(--accent-text);font-weight:800;line-height:1}
.card{container-type:inline-size;box-sizing:border-box;display:flex;flex-direction:column;gap:.75em;
padding:1.125em 1.25em;border:1px solid var(--border);border-radius:.75em;background:var(--bg)}
.meta{display:flex;flex-wrap:wrap;gap:.25em .75em;color:var(--muted);font-size:.8125em;font-weight:600;
letter-spacing:.04em;text-transform:uppercase}.index{color:var(--accent)}
h3{font-size:1.1875em;font-weight:700}
.card ul{padding:0;list-style:none;display:grid;gap:.5em}.card li{position:relative;padding-inline-start:1.25em}
.card li::before{content:'';position:absolute;inset-inline-start:.25em;top:.6em;width:.4em;height:.4em;
border-radius:50%;background:var(--accent)}
a{color:var(--accent);text-decoration-thickness:1px;text-underline-offset:.15em}
.salary{padding-top:.75em;border-top:1px solid var(--border)}
.band{display:grid;grid-template-columns:1fr auto;gap:.25em .75em;align-items:baseline}
.label{color:var(--muted);font-size:.8125em}.value{font-weight:700;font-variant-numeric:tabular-nums}
.bar{grid-column:1/-1;width:100%;height:.5em}.track{fill:var(--track)}.fill{fill:var(--accent)}
.vh{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
.links{padding:1.25em;border-radius:.75em;background:var(--surface)}.links ul{display:flex;flex-wrap:wrap;gap:.75em;padding:0;list-style:none}
.button{display:inline-flex;align-items:center;min-height:2.75em;padding:.5em 1.125em;border:2px solid var(--accent);
border-radius:.5em;font-weight:700;text-decoration:none}.button.primary{background:var(--accent);color:var(--accent-text)}
`;
