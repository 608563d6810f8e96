import {html, nothing} from 'lit';
import {ref} from 'lit/directives/ref.js';
import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {expect, fn, waitFor, type Mock} from 'storybook/test';
import {LAYOUTS, THEMES, type Layout, type RoadmapTimeline, type Theme} from '../src/index.js';
import type {RoadmapInput} from '../src/schema/roadmap.js';
import {INDIA, INDIA_JSON, ROADMAPS} from './support/roadmaps.js';
import {MOCK_ORIGIN} from './support/mock-server.js';
import {element} from './support/manifest.js';

interface TimelineArgs {
  roadmap?: RoadmapInput | string;
  /** Roadmap JSON text, set as the `roadmap` attribute. */
  json?: string;
  src?: string;
  theme?: Theme;
  layout?: Layout;
  locale?: string;
  'heading-level'?: number;
  collapsible?: boolean;
  'track-progress'?: boolean;
  'offer-check'?: boolean;
  offer?: number;
  /** Width of the box the timeline sits in (the `auto` layout follows the element's own width). */
  width?: string;
  onRoadmapLoad?: (detail: unknown) => void;
  onRoadmapError?: (detail: unknown) => void;
  onRoadmapOffer?: (detail: unknown) => void;
}

/** The timeline of a story, once it has rendered. */
async function timelineIn(canvasElement: HTMLElement): Promise<RoadmapTimeline> {
  const timeline = canvasElement.querySelector('roadmap-timeline');
  if (!timeline) throw new Error('the story renders no <roadmap-timeline>');
  await timeline.updateComplete;
  return timeline;
}

/** The text of a part in the timeline's shadow root ('' when it is not there). */
const partText = (timeline: RoadmapTimeline, part: string) =>
  timeline.shadowRoot?.querySelector(`[part~="${part}"]`)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

const meta = {
  title: 'Elements/roadmap-timeline',
  component: 'roadmap-timeline',
  parameters: {
    docs: {
      description: {
        component: `${element('roadmap-timeline').description ?? ''}\n\nThe sidebar has more: switching theme and locale, dark, vertical, from a child script, loading and loaded from \`src\`, and one story per error (the last good roadmap kept, unsupported version, 404, HTML instead of JSON, too large, network).`,
      },
    },
  },
  args: {
    roadmap: 'India',
    json: undefined,
    src: undefined,
    theme: 'auto',
    layout: 'auto',
    locale: undefined,
    'heading-level': 2,
    collapsible: false,
    'track-progress': false,
    'offer-check': false,
    offer: undefined,
    width: undefined,
  },
  argTypes: {
    roadmap: {
      description: 'A roadmap object (or JSON text). Takes precedence over every input.',
      control: 'select',
      options: Object.keys(ROADMAPS),
      mapping: ROADMAPS,
    },
    json: {
      control: 'text',
      name: 'roadmap (attribute)',
      description: 'Roadmap JSON text, set as the `roadmap` attribute.',
      table: {category: 'attributes'},
    },
    theme: {control: 'inline-radio', options: THEMES},
    layout: {control: 'inline-radio', options: LAYOUTS},
    locale: {control: 'text'},
    'heading-level': {control: {type: 'number', min: 1, max: 6, step: 1}},
    src: {control: 'text'},
    collapsible: {control: 'boolean'},
    'track-progress': {control: 'boolean'},
    'offer-check': {control: 'boolean'},
    offer: {control: {type: 'number', min: 0, step: 100000}},
    width: {
      control: 'text',
      description: 'Width of the box around the timeline, e.g. `360px`.',
      table: {category: 'story'},
    },
  },
  render: (args) => {
    const {roadmap, json, src, theme, layout, locale, collapsible, width} = args;
    const timeline = html`<roadmap-timeline
      .roadmap=${roadmap}
      roadmap=${json ?? nothing}
      src=${src ?? nothing}
      theme=${theme ?? nothing}
      layout=${layout ?? nothing}
      locale=${locale || nothing}
      heading-level=${args['heading-level'] ?? nothing}
      ?collapsible=${collapsible}
      ?track-progress=${args['track-progress']}
      ?offer-check=${args['offer-check']}
      offer=${args.offer ?? nothing}
    ></roadmap-timeline>`;
    if (!width) return timeline;
    const setWidth = (box?: Element) => (box as HTMLElement | undefined)?.style.setProperty('max-width', width);
    return html`<div ${ref(setWidth)}>${timeline}</div>`;
  },
} satisfies Meta<TimelineArgs>;

export default meta;
type Story = StoryObj<TimelineArgs>;

/**
 * The first three stages of the shipped India roadmap, with `collapsible`: each stage folds to its title (press
 * Enter or Space on one). Every event is logged in the Actions panel with its `detail`.
 */
export const Overview: Story = {
  name: 'Three stages, collapsible',
  args: {roadmap: 'India, first three stages', collapsible: true},
};

/** The shipped Backend Developer roadmap for India, as a publisher embeds it. */
export const India: Story = {};

export const Dark: Story = {args: {theme: 'dark'}, tags: ['!autodocs']};

/**
 * `offer-check`: type an offer ("12L", "12 lakh", "1.2Cr", "12,00,000") under the salary ladder; every band marks it,
 * and the stage whose band holds it is named. `roadmap-offer` and `roadmap-link` (follow any link) are logged in the
 * Actions panel. Its interaction test enters "12L", then something it can't read.
 */
export const OfferCheck: Story = {
  name: 'Offer check',
  args: {'offer-check': true, onRoadmapOffer: fn()},
  play: async ({canvasElement, args, step}) => {
    const timeline = await timelineIn(canvasElement);
    const field = () => timeline.shadowRoot?.querySelector<HTMLInputElement>('[part~="offer-input"]');
    await waitFor(() => expect(field()).toBeTruthy());
    const enter = async (text: string) => {
      field()!.value = text;
      field()!.dispatchEvent(new Event('change', {bubbles: true}));
      await timeline.updateComplete;
    };
    await step('"12L": within Stage 3’s range, announced as roadmap-offer', async () => {
      await enter('12L');
      await waitFor(() => expect(partText(timeline, 'offer-status')).toContain('₹12L is within Stage 3’s range'));
      await expect(args.onRoadmapOffer).toHaveBeenCalledWith({
        amount: 1200000,
        currency: 'INR',
        period: 'year',
        stageId: 'real-projects',
      });
    });
    await step('Something it can’t read: a message, and ₹12L stays', async () => {
      await enter('twelve');
      await waitFor(() => expect(partText(timeline, 'offer-status')).toContain('could not be read'));
      await expect(timeline.offer).toBe(1200000);
    });
  },
};

/** An offer the page knows (`offer`), in a 360 px column: the field is full width, big enough to tap. */
export const OfferCheckPhone: Story = {
  name: 'Offer check, 360px, preset',
  args: {'offer-check': true, offer: 1800000, width: '360px'},
};

/**
 * `sources`: each figure says where it comes from, under it: the open roles, the header's salaries, and a card whose
 * band cites another source (Stage 3 here, from a survey). Labels link to their sources.
 */
export const Sources: Story = {
  args: {roadmap: 'India, one band from a survey'},
  play: async ({canvasElement}) => {
    const timeline = await timelineIn(canvasElement);
    await waitFor(() => expect(partText(timeline, 'source')).toContain('Source: Open Backend Developer listings'));
    const cards = [...timeline.shadowRoot!.querySelectorAll('stage-card')];
    await waitFor(() =>
      expect(cards[2]!.shadowRoot!.querySelector('[part~="source"]')?.textContent).toContain(
        'Engineering pay survey 2026 · estimated from 1,312 data points',
      ),
    );
    await expect(cards[0]!.shadowRoot!.querySelector('[part~="source"]')).toBeNull();
  },
};

/** Stages side by side; the row scrolls sideways when they don't fit. */
export const Horizontal: Story = {args: {layout: 'horizontal'}};

export const Vertical: Story = {args: {layout: 'vertical'}, tags: ['!autodocs']};

/** In a 360 px column, as on a phone or in a blog's sidebar: the layout follows the element's own width. */
export const NarrowContainer: Story = {name: '360px container', args: {width: '360px'}};

/** Arabic (Egypt): Arabic digits and right-to-left, from the `locale` attribute alone. */
export const RightToLeft: Story = {name: 'Right to left (ar-EG)', args: {locale: 'ar-EG'}};

/**
 * Edit the JSON in the `roadmap (attribute)` control: the timeline shows your roadmap, or says what is wrong
 * and where (`stages[2].salary.max: …`), keeping the last good roadmap on screen. Its interaction test breaks a
 * salary, reads the located error and the `roadmap-error` event, then fixes it.
 */
export const EditTheJson: Story = {
  name: 'Edit the JSON',
  args: {roadmap: 'None', json: INDIA_JSON, onRoadmapLoad: fn(), onRoadmapError: fn()},
  argTypes: {json: {control: {type: 'text'}}},
  play: async ({canvasElement, args, step}) => {
    const timeline = await timelineIn(canvasElement);
    await waitFor(() => expect(partText(timeline, 'title')).toContain('Backend Developer'));
    await step('A salary whose max is below its min: the error says where', async () => {
      const broken = JSON.parse(INDIA_JSON);
      broken.stages[2].salary = {min: 1100000, max: 500000};
      timeline.setAttribute('roadmap', JSON.stringify(broken, null, 2));
      await waitFor(() => expect(partText(timeline, 'error')).toContain('stages[2].salary.max'));
      await expect(args.onRoadmapError).toHaveBeenCalledWith(
        expect.objectContaining({issues: [expect.objectContaining({path: 'stages[2].salary.max'})]}),
      );
      // The last good roadmap stays on screen under the error.
      await expect(partText(timeline, 'title')).toContain('Backend Developer');
    });
    await step('Fixed: the roadmap shows and the error is gone', async () => {
      const loads = (args.onRoadmapLoad as Mock).mock.calls.length;
      timeline.setAttribute('roadmap', INDIA_JSON);
      await waitFor(() => expect(timeline.shadowRoot?.querySelector('[part~="error"]')).toBeNull());
      await waitFor(() => expect((args.onRoadmapLoad as Mock).mock.calls.length).toBe(loads + 1));
    });
  },
};

/**
 * Theme and locale are attributes: switch them (here, or from the toolbar) and the roadmap restyles and
 * rewords in place. Its interaction test goes dark, then Hindi.
 */
export const ThemeAndLocale: Story = {
  name: 'Switch theme and locale',
  tags: ['!autodocs'],
  args: {theme: 'light', collapsible: true},
  play: async ({canvasElement, step}) => {
    const timeline = await timelineIn(canvasElement);
    const base = () => timeline.shadowRoot?.querySelector<HTMLElement>('[part~="base"]');
    await waitFor(() => expect(base()).toBeTruthy());
    const light = getComputedStyle(base()!).backgroundColor;
    await step('theme="dark": a dark background', async () => {
      timeline.setAttribute('theme', 'dark');
      await timeline.updateComplete;
      await waitFor(() => expect(getComputedStyle(base()!).backgroundColor).not.toBe(light));
      await expect(luminance(getComputedStyle(base()!).backgroundColor)).toBeLessThan(0.1);
    });
    await step('locale="hi-IN": Hindi words', async () => {
      timeline.setAttribute('locale', 'hi-IN');
      await waitFor(() => expect(timeline.shadowRoot?.textContent).toContain('खुली नौकरियाँ'));
      await expect(base()?.lang).toBe('hi-IN');
      await expect(timeline.shadowRoot?.textContent).not.toContain('Open roles');
      const card = timeline.shadowRoot?.querySelector('stage-card');
      await waitFor(() => expect(card?.shadowRoot?.textContent).toContain('चरण 1'));
    });
  },
};

/** Relative luminance of an `rgb(…)` colour, 0 (black) to 1 (white). */
function luminance(color: string): number {
  const [r = 0, g = 0, b = 0] = (color.match(/[\d.]+/g) ?? []).map(Number).map((channel) => {
    const value = channel / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** A child `<script type="application/json">`, for pages that can't set attributes; other children are a fallback. */
export const FromChildScript: Story = {
  name: 'From a child script',
  tags: ['!autodocs'],
  args: {roadmap: 'None'},
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
  tags: ['!autodocs'],
  play: async ({canvasElement}) => {
    const timeline = canvasElement.querySelector('roadmap-timeline');
    if (!timeline) return;
    await timeline.updateComplete;
    timeline.roadmap = {...INDIA, stages: [{title: 'Foundations', salary: {min: 1100000, max: 500000}}]};
    await timeline.updateComplete;
  },
};

/** While `src` loads: the placeholder (`part="loading"`), and `aria-busy="true"` on the host. */
export const Loading: Story = {tags: ['!autodocs'], args: {roadmap: 'None', src: `${MOCK_ORIGIN}/pending.json`}};

/** Loaded from `src`. */
export const FromSrc: Story = {
  name: 'Loaded from src',
  tags: ['!autodocs'],
  args: {roadmap: 'None', src: `${MOCK_ORIGIN}/backend-developer-india-2026.json`},
};

/** Text that is not JSON: the error says where the parser stopped. */
export const InvalidJson: Story = {
  name: 'Error: invalid JSON',
  args: {roadmap: 'None', json: '{"version": 1, "id": "qa-engineer", "title": "QA Engineer" "stages": []}'},
};

/** JSON that breaks the format's rules: every issue is listed with its path. */
export const SchemaErrors: Story = {
  name: 'Error: schema violations',
  argTypes: {roadmap: {control: 'object', mapping: {}}},
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
  tags: ['!autodocs'],
  argTypes: {roadmap: {control: 'object', mapping: {}}},
  args: {roadmap: {...INDIA, version: 2} as unknown as RoadmapInput},
};

/** The server answers 404. */
export const NotFound: Story = {
  name: 'Error: fetch 404',
  tags: ['!autodocs'],
  args: {roadmap: 'None', src: `${MOCK_ORIGIN}/missing.json`},
};

/** The server answers 200 with an HTML error page instead of JSON. */
export const HtmlInsteadOfJson: Story = {
  name: 'Error: HTML instead of JSON',
  tags: ['!autodocs'],
  args: {roadmap: 'None', src: `${MOCK_ORIGIN}/error-page.json`},
};

/** A response over 2 MB is cut off while it downloads. */
export const TooLarge: Story = {
  name: 'Error: too large',
  tags: ['!autodocs'],
  args: {roadmap: 'None', src: `${MOCK_ORIGIN}/huge.json`},
};

/** The request fails: offline, blocked, or not allowed by CORS. */
export const NetworkError: Story = {
  name: 'Error: network',
  tags: ['!autodocs'],
  args: {roadmap: 'None', src: `${MOCK_ORIGIN}/offline.json`},
};
