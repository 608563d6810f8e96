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
  offer?: number;
  'range-name'?: string;
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
    offer: undefined,
    'range-name': undefined,
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
    offer: {
      control: {type: 'number', min: 0, step: 100000},
      description:
        'An amount in the band’s currency and period: marked on the bar, and said to be below, within or above the range.',
    },
    'range-name': {control: 'text', description: 'Whose range it is in the offer’s sentence ("Stage 3").'},
    theme: {control: 'inline-radio', options: THEMES},
  },
  render: ({min, max, currency, locale, period, scaleMin, scaleMax, label, offer, theme, ...args}) =>
    html`<salary-band
      min=${min ?? nothing}
      max=${max ?? nothing}
      currency=${currency || nothing}
      locale=${locale || nothing}
      period=${period ?? nothing}
      scale-min=${scaleMin ?? nothing}
      scale-max=${scaleMax ?? nothing}
      label=${label ?? nothing}
      offer=${offer ?? nothing}
      range-name=${args['range-name'] || nothing}
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

/** The India roadmap's third stage, ₹11L – ₹15L, and an offer of ₹12L: "₹12L is within Stage 3’s range". */
export const OfferWithin: Story = {
  name: 'Offer within the range',
  args: {min: 1100000, max: 1500000, offer: 1200000, 'range-name': 'Stage 3'},
};

/** ₹9L against ₹11L – ₹15L: below it. */
export const OfferBelow: Story = {
  name: 'Offer below the range',
  args: {min: 1100000, max: 1500000, offer: 900000, 'range-name': 'Stage 3'},
};

/** ₹18L against ₹11L – ₹15L: above it. */
export const OfferAbove: Story = {
  name: 'Offer above the range',
  args: {min: 1100000, max: 1500000, offer: 1800000, 'range-name': 'Stage 3'},
};

/** ₹50L is past the ₹5L – ₹30L scale: the marker waits at the bar's end, with an arrow pointing on. */
export const OfferOffTheScale: Story = {
  name: 'Offer off the scale',
  args: {min: 1100000, max: 1500000, offer: 5000000, 'range-name': 'Stage 3'},
};

/** Without `range-name` the sentence says "this range"; in US dollars, $120K against $62K – $78K. */
export const OfferInDollars: Story = {
  name: 'Offer, US dollars, no range name',
  args: {min: 62000, max: 78000, currency: 'USD', locale: 'en-US', scaleMin: 50000, scaleMax: 150000, offer: 120000},
};
