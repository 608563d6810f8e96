import {html, nothing} from 'lit';
import {ref} from 'lit/directives/ref.js';
import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {LAYOUTS, type Layout} from '../src/elements/roadmap-timeline/roadmap-timeline.js';
import {THEMES, type Theme} from '../src/elements/theme.js';
import type {RoadmapInput} from '../src/schema/roadmap.js';
import {INDIA, INDIA_JSON} from './support/roadmaps.js';
import {MOCK_ORIGIN} from './support/mock-server.js';

interface TimelineArgs {
  roadmap?: RoadmapInput | string;
  /** Roadmap JSON text, set as the `roadmap` attribute. */
  json?: string;
  src?: string;
  theme?: Theme;
  layout?: Layout;
  locale?: string;
  headingLevel?: number;
  /** Width of the box the timeline sits in (the `auto` layout follows the element's own width). */
  width?: string;
}

const meta = {
  title: 'Elements/roadmap-timeline',
  component: 'roadmap-timeline',
  args: {roadmap: INDIA, theme: 'auto', layout: 'auto', headingLevel: 2},
  argTypes: {
    roadmap: {control: 'object', description: 'A roadmap object (or JSON text). Takes precedence over every input.'},
    json: {
      control: 'text',
      name: 'roadmap (attribute)',
      description: 'Roadmap JSON text, set as the `roadmap` attribute.',
      table: {category: 'attributes'},
    },
    theme: {control: 'inline-radio', options: THEMES},
    layout: {control: 'inline-radio', options: LAYOUTS},
    locale: {control: 'text'},
    headingLevel: {control: {type: 'number', min: 1, max: 6, step: 1}},
    src: {control: 'text'},
    width: {
      control: 'text',
      description: 'Width of the box around the timeline, e.g. `360px`.',
      table: {category: 'story'},
    },
  },
  render: ({roadmap, json, src, theme, layout, locale, headingLevel, width}) => {
    const timeline = html`<roadmap-timeline
      .roadmap=${roadmap}
      roadmap=${json ?? nothing}
      src=${src ?? nothing}
      theme=${theme ?? nothing}
      layout=${layout ?? nothing}
      locale=${locale || nothing}
      heading-level=${headingLevel ?? nothing}
    ></roadmap-timeline>`;
    if (!width) return timeline;
    const setWidth = (box?: Element) => (box as HTMLElement | undefined)?.style.setProperty('max-width', width);
    return html`<div ${ref(setWidth)}>${timeline}</div>`;
  },
} satisfies Meta<TimelineArgs>;

export default meta;
type Story = StoryObj<TimelineArgs>;

/** The shipped Backend Developer roadmap for India, as a publisher embeds it. */
export const India: Story = {};

export const Dark: Story = {args: {theme: 'dark'}};

/** Stages side by side; the row scrolls sideways when they don't fit. */
export const Horizontal: Story = {args: {layout: 'horizontal'}};

export const Vertical: Story = {args: {layout: 'vertical'}};

/** In a 360 px column, as on a phone or in a blog's sidebar: the layout follows the element's own width. */
export const NarrowContainer: Story = {name: '360px container', args: {width: '360px'}};

/** Arabic (Egypt): Arabic digits and right-to-left, from the `locale` attribute alone. */
export const RightToLeft: Story = {name: 'Right to left (ar-EG)', args: {locale: 'ar-EG'}};

/**
 * Edit the JSON in the `roadmap (attribute)` control: the timeline shows your roadmap, or says what is wrong
 * and where (`stages[2].salary.max: …`), keeping the last good roadmap on screen.
 */
export const EditTheJson: Story = {
  name: 'Edit the JSON',
  args: {roadmap: undefined, json: INDIA_JSON},
  argTypes: {json: {control: {type: 'text'}}},
};

/** A child `<script type="application/json">`, for pages that can't set attributes; other children are a fallback. */
export const FromChildScript: Story = {
  name: 'From a child script',
  args: {roadmap: undefined},
  render: ({theme, locale}) =>
    html`<roadmap-timeline theme=${theme ?? nothing} locale=${locale || nothing}>
      <script type="application/json">
        {
          "version": 1,
          "id": "qa-engineer",
          "title": "QA Engineer",
          "stages": [{"title": "Foundations"}, {"title": "Automation"}]
        }
      </script>
      <a href="#qa-engineer">Read the QA Engineer roadmap</a>
    </roadmap-timeline>`,
};

/**
 * A bad input after a good one: the error lists the problem and says the previous roadmap is still shown, and
 * that roadmap stays on screen below it.
 */
export const ErrorKeepsPrevious: Story = {
  name: 'Error: the last good roadmap stays',
  play: async ({canvasElement}) => {
    const timeline = canvasElement.querySelector('roadmap-timeline');
    if (!timeline) return;
    await timeline.updateComplete;
    timeline.roadmap = {...INDIA, stages: [{title: 'Foundations', salary: {min: 1100000, max: 500000}}]};
    await timeline.updateComplete;
  },
};

/** While `src` loads: the placeholder (`part="loading"`), and `aria-busy="true"` on the host. */
export const Loading: Story = {args: {roadmap: undefined, src: `${MOCK_ORIGIN}/pending.json`}};

/** Loaded from `src`. */
export const FromSrc: Story = {
  name: 'Loaded from src',
  args: {roadmap: undefined, src: `${MOCK_ORIGIN}/backend-developer-india-2026.json`},
};

/** Text that is not JSON: the error says where the parser stopped. */
export const InvalidJson: Story = {
  name: 'Error: invalid JSON',
  args: {roadmap: undefined, json: '{"version": 1, "id": "qa-engineer", "title": "QA Engineer" "stages": []}'},
};

/** JSON that breaks the format's rules: every issue is listed with its path. */
export const SchemaErrors: Story = {
  name: 'Error: schema violations',
  args: {
    roadmap: {
      version: 1,
      id: 'Backend Developer',
      title: 'Backend Developer',
      currency: 'rupees',
      stages: [
        {
          title: 'Foundations',
          salary: {min: 1100000, max: 500000},
          items: [{text: 'SQL', href: 'javascript:alert(1)'}],
        },
      ],
    } as unknown as RoadmapInput,
  },
};

/** A format version this library does not read. */
export const UnsupportedVersion: Story = {
  name: 'Error: unsupported version',
  args: {roadmap: {...INDIA, version: 2} as unknown as RoadmapInput},
};

/** The server answers 404. */
export const NotFound: Story = {
  name: 'Error: fetch 404',
  args: {roadmap: undefined, src: `${MOCK_ORIGIN}/missing.json`},
};

/** The server answers 200 with an HTML error page instead of JSON. */
export const HtmlInsteadOfJson: Story = {
  name: 'Error: HTML instead of JSON',
  args: {roadmap: undefined, src: `${MOCK_ORIGIN}/error-page.json`},
};

/** A response over 2 MB is cut off while it downloads. */
export const TooLarge: Story = {name: 'Error: too large', args: {roadmap: undefined, src: `${MOCK_ORIGIN}/huge.json`}};

/** The request fails: offline, blocked, or not allowed by CORS. */
export const NetworkError: Story = {
  name: 'Error: network',
  args: {roadmap: undefined, src: `${MOCK_ORIGIN}/offline.json`},
};
