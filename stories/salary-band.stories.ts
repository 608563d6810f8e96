import {html, nothing} from 'lit';
import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {THEMES, type Theme} from '../src/elements/theme.js';
import {SALARY_PERIODS, type SalaryPeriod} from '../src/schema/limits.js';
import {INDIA} from './support/roadmaps.js';

interface SalaryBandArgs {
  min?: number;
  max?: number;
  currency?: string;
  locale?: string;
  period?: SalaryPeriod;
  scaleMin?: number;
  scaleMax?: number;
  label?: string;
  theme?: Theme;
}

const market = INDIA.market?.salary;
const firstStage = INDIA.stages[0]?.salary;

const meta = {
  title: 'Elements/salary-band',
  component: 'salary-band',
  args: {
    min: firstStage?.min,
    max: firstStage?.max,
    currency: INDIA.currency,
    locale: 'en-IN',
    period: 'year',
    scaleMin: market?.min,
    scaleMax: market?.max,
    theme: 'auto',
  },
  argTypes: {
    min: {control: {type: 'number', min: 0}},
    max: {control: {type: 'number', min: 0}},
    currency: {control: 'text'},
    locale: {control: 'text'},
    period: {control: 'inline-radio', options: SALARY_PERIODS},
    scaleMin: {control: {type: 'number', min: 0}},
    scaleMax: {control: {type: 'number', min: 0}},
    label: {control: 'text'},
    theme: {control: 'inline-radio', options: THEMES},
  },
  render: ({min, max, currency, locale, period, scaleMin, scaleMax, label, theme}) =>
    html`<salary-band
      min=${min ?? nothing}
      max=${max ?? nothing}
      currency=${currency || nothing}
      locale=${locale || nothing}
      period=${period ?? nothing}
      scale-min=${scaleMin ?? nothing}
      scale-max=${scaleMax ?? nothing}
      label=${label ?? nothing}
      theme=${theme ?? nothing}
    ></salary-band>`,
} satisfies Meta<SalaryBandArgs>;

export default meta;
type Story = StoryObj<SalaryBandArgs>;

/** The India roadmap's first stage, on the market's scale: ₹5L – ₹11L. */
export const Standalone: Story = {};

export const Dark: Story = {args: {theme: 'dark'}};

/** US dollars, per hour, no scale: the bar spans 0 to max. */
export const HourlyDollars: Story = {
  name: 'Per hour, US dollars',
  args: {min: 45, max: 80, currency: 'USD', locale: 'en-US', period: 'hour', scaleMin: undefined, scaleMax: undefined},
};

/** An empty `label` hides the visible label; screen readers still get the range in words. */
export const NoLabel: Story = {name: 'Without label', args: {label: ''}};

/** `max` below `min`: the band shows the located problem (`part="error"`). */
export const InvalidRange: Story = {name: 'Error: max below min', args: {min: 1100000, max: 500000}};

/** Standalone without a currency: it must be given. */
export const MissingCurrency: Story = {name: 'Error: no currency', args: {currency: ''}};
