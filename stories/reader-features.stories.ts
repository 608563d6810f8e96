import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html, nothing} from 'lit';
import '../src/define.js';
import {THEMES, type RoadmapInput} from '../src/index.js';
import india from '../data/backend-developer-india-2026.json';

const roadmap = india as RoadmapInput;
const STAGE_IDS = ['', 'foundations', 'first-job-ready-skills', 'real-projects', 'specialisation', 'senior-trajectory'];

interface ReaderArgs {
  trackProgress: boolean;
  experience: number | undefined;
  activeStage: string;
  collapsible: boolean;
  theme: (typeof THEMES)[number];
}

/**
 * The reader features of `<roadmap-timeline>`, each opt-in by attribute: `track-progress`, `experience`,
 * `active-stage` (and `#<stage id>` in the URL) and `collapsible`. Print any story (the browser's print preview)
 * to see the checklist layout.
 */
const meta = {
  title: 'Reader features',
  component: 'roadmap-timeline',
  args: {trackProgress: false, experience: undefined, activeStage: '', collapsible: false, theme: 'auto'},
  argTypes: {
    trackProgress: {control: 'boolean', description: '`track-progress`: checkboxes, counts, stored progress'},
    experience: {control: {type: 'number', min: 0, step: 1}, description: '`experience`: months, marks "You are here"'},
    activeStage: {control: 'select', options: STAGE_IDS, description: '`active-stage`: a stage id to reveal'},
    collapsible: {control: 'boolean', description: '`collapsible`: stages collapse to their titles'},
    theme: {control: 'inline-radio', options: THEMES},
  },
  render: (args) =>
    html`<roadmap-timeline
      .roadmap=${roadmap}
      ?track-progress=${args.trackProgress}
      experience=${args.experience ?? nothing}
      active-stage=${args.activeStage || nothing}
      ?collapsible=${args.collapsible}
      theme=${args.theme}
      @roadmap-progress=${(event: CustomEvent) => console.info('roadmap-progress', event.detail)}
    ></roadmap-timeline>`,
} satisfies Meta<ReaderArgs>;

export default meta;
type Story = StoryObj<ReaderArgs>;

/** Every option on at once. */
export const Everything: Story = {
  args: {trackProgress: true, experience: 7, activeStage: 'real-projects', collapsible: true},
};

/** Checkboxes per item, "N of M done" per stage and in the header; kept in `localStorage`. */
export const TrackProgress: Story = {args: {trackProgress: true}};

/** Seven months in: "Real projects" is current, the two stages before it read as passed. */
export const YouAreHere: Story = {args: {experience: 7}};

/** `active-stage` scrolls to the stage, highlights and focuses it. */
export const DeepLink: Story = {args: {activeStage: 'specialisation'}};

/** Disclosure buttons in the stage headings, with "Expand all" and "Collapse all". */
export const Collapsible: Story = {args: {collapsible: true, experience: 3}};

/** The dark theme with progress: printing it still gives a light checklist. */
export const DarkWithProgress: Story = {args: {trackProgress: true, experience: 30, theme: 'dark'}};
