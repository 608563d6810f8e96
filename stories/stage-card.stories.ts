import {html, nothing} from 'lit';
import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {expect, userEvent, waitFor} from 'storybook/test';
import {THEMES, type Theme} from '../src/elements/theme.js';
import type {StageInput} from '../src/schema/roadmap.js';
import {INDIA} from './support/roadmaps.js';

interface StageCardArgs {
  stage?: StageInput | string;
  index?: number;
  locale?: string;
  currency?: string;
  headingLevel?: number;
  theme?: Theme;
}

/** The India roadmap's stages by title, for a one-line `select` control with a `mapping`. */
const STAGES = Object.fromEntries(INDIA.stages.map((stage) => [stage.title, stage]));
const titleOf = (position: number) => INDIA.stages.at(position)?.title ?? '';

const meta = {
  title: 'Elements/stage-card',
  component: 'stage-card',
  args: {stage: titleOf(1), index: 2, locale: 'en-IN', currency: INDIA.currency, headingLevel: 3, theme: 'auto'},
  argTypes: {
    stage: {
      control: 'select',
      options: Object.keys(STAGES),
      mapping: STAGES,
      description: "The stage: an object (here, one of the India roadmap's), or JSON text as the attribute.",
    },
    index: {control: {type: 'number', min: 1, step: 1}},
    locale: {control: 'text'},
    currency: {control: 'text'},
    headingLevel: {control: {type: 'number', min: 1, max: 6, step: 1}},
    theme: {control: 'inline-radio', options: THEMES},
  },
  render: ({stage, index, locale, currency, headingLevel, theme}) =>
    html`<stage-card
      .stage=${stage}
      index=${index ?? nothing}
      locale=${locale || nothing}
      currency=${currency || nothing}
      heading-level=${headingLevel ?? nothing}
      theme=${theme ?? nothing}
    ></stage-card>`,
} satisfies Meta<StageCardArgs>;

export default meta;
type Story = StoryObj<StageCardArgs>;

/** The second stage of the India roadmap, standalone: locale and currency come from its attributes. */
export const Standalone: Story = {};

export const Dark: Story = {args: {theme: 'dark'}};

/** The last stage: open-ended ("Year 4+"). */
export const OpenEnded: Story = {
  name: 'Open-ended period',
  args: {stage: titleOf(-1), index: INDIA.stages.length},
};

/** A stage given as JSON text in the `stage` attribute, without salary or number. */
export const FromAttribute: Story = {
  name: 'JSON in the stage attribute',
  argTypes: {stage: {control: 'text', mapping: {}}},
  args: {
    stage: '{"title": "Foundations", "period": {"unit": "month", "from": 0, "to": 2}, "items": ["SQL", "HTTP"]}',
    index: undefined,
  },
};

/** An invalid stage: the card shows the located problem (`part="error"`). */
export const InvalidStage: Story = {
  name: 'Error: invalid stage',
  argTypes: {stage: {control: 'object', mapping: {}}},
  args: {stage: {title: '', items: [{text: 'SQL', href: 'javascript:alert(1)'}]} as unknown as StageInput},
};

/** The plan's disclosure button in a story's card, once the view extra has drawn it. */
async function planToggle(canvasElement: HTMLElement) {
  const card = canvasElement.querySelector<HTMLElement>('stage-card');
  let toggle: HTMLElement | undefined;
  await waitFor(() => {
    toggle = card?.shadowRoot?.querySelector<HTMLElement>('[part~="curriculum-toggle"]') ?? undefined;
    expect(toggle, 'the plan’s button').toBeTruthy();
  });
  return {card: card!, toggle: toggle!};
}

/**
 * Stage 1 of the India roadmap with its sample week-by-week plan (`curriculum`), collapsed: one line under the
 * items says how long the plan is, and "Sample plan" says it is not the publisher's own. Pick another stage, a
 * locale (`hi`, `de`) or the dark theme in the controls.
 */
export const Curriculum: Story = {
  name: 'Week-by-week plan, collapsed',
  args: {stage: titleOf(0), index: 1},
  play: async ({canvasElement}) => {
    const {toggle} = await planToggle(canvasElement);
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(toggle.textContent).toContain('Week-by-week plan · 8 weeks · 54 hours');
  },
};

/** The same plan opened from the keyboard: each entry's weeks and hours, its items and their resources. */
export const CurriculumOpen: Story = {
  name: 'Week-by-week plan, opened',
  args: {stage: titleOf(0), index: 1},
  play: async ({canvasElement}) => {
    const {card, toggle} = await planToggle(canvasElement);
    toggle.focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(toggle).toHaveAttribute('aria-expanded', 'true'));
    const entries = card.shadowRoot!.querySelectorAll('[part~="curriculum-entry"]');
    await expect(entries.length).toBe(4);
    await expect(entries[1]!.textContent).toContain('Weeks 2–3');
  },
};
