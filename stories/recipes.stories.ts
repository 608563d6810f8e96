/**
 * Recipes: whole pages a publisher copies. Each story renders exactly the markup and CSS its docs page shows
 * (`parameters.docs.source.code`), with the roadmap loaded from `src` through the pretend server
 * (stories/support/mock-server.ts), the way a page on your site would load it from your own server.
 */
import {html} from 'lit';
import {ref} from 'lit/directives/ref.js';
import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {MOCK_ORIGIN} from './support/mock-server.js';

/** On the page, `src` is a path on your own server; in the stories it is the pretend server's copy. */
const onMockServer = (path: string) => `${MOCK_ORIGIN}${path.replace('/data', '')}`;

/** A `<style>` element with this CSS, written as text (no binding inside the element). */
const styleSheet = (css: string) => (element?: Element) => {
  if (element && element.textContent !== css) element.textContent = css;
};

const JOB_BOARD_CSS = `.job-board roadmap-timeline {
  --roadmap-accent: #5b21b6;
  --roadmap-accent-text: #ffffff;
  --roadmap-surface: #f5f3ff;
  --roadmap-border: #ddd6fe;
  --roadmap-card-bg: #ffffff;
  --roadmap-radius: 0.375rem;
  --roadmap-bar-height: 0.625em;
  font-family: 'Trebuchet MS', system-ui, sans-serif;
}
.job-board roadmap-timeline::part(title) {
  letter-spacing: -0.01em;
}
.job-board roadmap-timeline::part(stage-index) {
  text-transform: uppercase;
  letter-spacing: 0.08em;
}
.job-board roadmap-timeline::part(link-roles) {
  border-radius: 999px;
}`;

const JOB_BOARD_HTML = `<section class="job-board">
  <roadmap-timeline src="/data/backend-developer-india-2026.json" theme="light" collapsible></roadmap-timeline>
</section>`;

const BLOG_HTML = `<article>
  <h1>How I became a backend developer in Pune</h1>
  <p>…the first screens of the post…</p>
  <!-- far down the article: fetched only when the reader scrolls near it -->
  <roadmap-timeline loading="lazy" src="/data/backend-developer-india-2026.json"></roadmap-timeline>
</article>`;

const HINDI_HTML = `<html lang="hi">
  …
  <h1>बैकएंड डेवलपर का रोडमैप</h1>
  <roadmap-timeline src="/data/backend-developer-india-2026-hi.json"></roadmap-timeline>
</html>`;

const RTL_HTML = `<html lang="ar" dir="rtl">
  …
  <h1>خارطة طريق مطوّر الواجهات الخلفية</h1>
  <roadmap-timeline locale="ar-EG" src="/data/backend-developer-india-2026.json"></roadmap-timeline>
</html>`;

const source = (code: string) => ({docs: {source: {code, language: 'html'}, canvas: {sourceState: 'shown'}}});

const meta = {
  title: 'Docs/Recipes',
  component: 'roadmap-timeline',
  tags: ['!autodocs'],
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** A job board in its brand: custom properties for the colours and shapes, parts for the type. */
export const JobBoard: Story = {
  name: 'Job board brand',
  parameters: source(`<style>\n${JOB_BOARD_CSS}\n</style>\n\n${JOB_BOARD_HTML}`),
  render: () =>
    html`<style ${ref(styleSheet(JOB_BOARD_CSS))}></style>
      <section class="job-board">
        <roadmap-timeline
          src=${onMockServer('/data/backend-developer-india-2026.json')}
          theme="light"
          collapsible
        ></roadmap-timeline>
      </section>`,
};

/** A long blog post with the roadmap far down: `loading="lazy"` fetches it only when the reader gets near. */
export const BlogPost: Story = {
  name: 'Blog post, lazy',
  parameters: source(BLOG_HTML),
  render: () =>
    html`<article class="blog-post">
      <h1>How I became a backend developer in Pune</h1>
      ${Array.from(
        {length: 12},
        (_, paragraph) =>
          html`<p>
            Paragraph ${paragraph + 1} of the story: the first job, the first outage, the first offer. Scroll down: the
            roadmap below is fetched only when it comes within a screen of view (the Network tab shows when).
          </p>`,
      )}
      <roadmap-timeline
        loading="lazy"
        src=${onMockServer('/data/backend-developer-india-2026.json')}
      ></roadmap-timeline>
    </article>`,
};

/** A Hindi page: the roadmap written in Hindi; words, lakh and dates follow its `hi-IN` locale. */
export const HindiPage: Story = {
  name: 'Hindi page',
  parameters: source(HINDI_HTML),
  render: () =>
    html`<div lang="hi">
      <h1>बैकएंड डेवलपर का रोडमैप</h1>
      <roadmap-timeline src=${onMockServer('/data/backend-developer-india-2026-hi.json')}></roadmap-timeline>
    </div>`,
};

/** A right-to-left page: `locale="ar-EG"` gives Arabic digits, and the page's `dir="rtl"` mirrors the layout. */
export const RightToLeftPage: Story = {
  name: 'Right-to-left page',
  parameters: source(RTL_HTML),
  render: () =>
    html`<div lang="ar" dir="rtl">
      <h1>خارطة طريق مطوّر الواجهات الخلفية</h1>
      <roadmap-timeline
        locale="ar-EG"
        src=${onMockServer('/data/backend-developer-india-2026.json')}
      ></roadmap-timeline>
    </div>`,
};
