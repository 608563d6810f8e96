// On the server (a Next.js server component or loader does the same): the roadmap as HTML, then the page.
import {renderRoadmapHtml} from 'roadmap-elements/node.js';
import {renderToString} from 'react-dom/server';
import roadmap from 'roadmap-elements/data/backend-developer-india-2026.json';
import {Page} from './Page.js';

export async function renderPage(): Promise<{body: string; props: {html: string}}> {
  const result = await renderRoadmapHtml(roadmap, {theme: 'light'});
  if (!result.ok) throw new Error(result.issues.map((issue) => `${issue.path}: ${issue.message}`).join('\n'));
  const props = {html: result.html};
  return {body: renderToString(<Page {...props} />), props};
}
