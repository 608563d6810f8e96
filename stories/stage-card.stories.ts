import {html, nothing} from 'lit';
import type {Meta, StoryObj} from '@storybook/web-components-vite';
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
