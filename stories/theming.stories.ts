import {html, nothing} from 'lit';
import {ref} from 'lit/directives/ref.js';
import type {ArgTypes, Meta, StoryObj} from '@storybook/web-components-vite';
import {THEMES, type Theme} from '../src/elements/theme.js';
import {INDIA} from './support/roadmaps.js';
import {element} from './support/manifest.js';

/** Every custom property of `<roadmap-timeline>`, from the manifest: each becomes a live control. */
const CUSTOM_PROPERTIES = element('roadmap-timeline').cssProperties ?? [];

type ThemingArgs = {theme?: Theme; locale?: string} & Record<`--roadmap-${string}`, string | undefined>;

const argTypes: Partial<ArgTypes<ThemingArgs>> = {theme: {control: 'inline-radio', options: THEMES}};
for (const {name, description, default: value} of CUSTOM_PROPERTIES) {
  argTypes[name as `--roadmap-${string}`] = {
    control: value?.startsWith('#') ? 'color' : 'text',
    description,
    table: {category: 'css custom properties', defaultValue: value ? {summary: value} : undefined},
  };
}

/** Sets each `--roadmap-*` arg on the element with `style.setProperty`, as a strict-CSP page would. */
function applyTokens(args: ThemingArgs) {
  return (target?: Element) => {
    if (!(target instanceof HTMLElement)) return;
    for (const {name} of CUSTOM_PROPERTIES) {
      const value = args[name as `--roadmap-${string}`];
      if (value) target.style.setProperty(name, value);
      else target.style.removeProperty(name);
    }
  };
}

const meta = {
  title: 'Docs/Theming',
  component: 'roadmap-timeline',
  tags: ['!autodocs'],
  argTypes,
  render: (args) =>
    html`<roadmap-timeline
      class="restyled"
      .roadmap=${INDIA}
      theme=${args.theme ?? nothing}
      locale=${args.locale || nothing}
      ${ref(applyTokens(args))}
    ></roadmap-timeline>`,
} satisfies Meta<ThemingArgs>;

export default meta;
type Story = StoryObj<ThemingArgs>;

/**
 * The India roadmap restyled: a green accent, squarer corners, a warm surface, and a serif title set through
 * `::part(title)` (the parts rules are in `.storybook/preview-head.html`, under `.restyled`). Every custom
 * property is a control below.
 */
export const Restyled: Story = {
  args: {
    theme: 'light',
    '--roadmap-accent': '#0a6b45',
    '--roadmap-surface': '#f4f1ea',
    '--roadmap-border': '#d9d2c3',
    '--roadmap-radius': '0.25em',
    '--roadmap-bar-height': '0.75em',
    '--roadmap-card-bg': '#fffdf8',
  },
};

/** The same tokens under the dark theme: a token you set applies in both themes. */
export const RestyledDark: Story = {
  name: 'Restyled, dark',
  args: {
    ...Restyled.args,
    theme: 'dark',
    '--roadmap-accent': '#6fd3a5',
    '--roadmap-surface': '#1d2620',
    '--roadmap-border': '#35453a',
    '--roadmap-card-bg': '#151b17',
  },
};
