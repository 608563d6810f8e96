import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html, nothing} from 'lit';
import {expect, fn, userEvent, waitFor} from 'storybook/test';
import '../src/define.js';
import {progressKey, THEMES, type RoadmapTimeline} from '../src/index.js';
import {INDIA} from './support/roadmaps.js';

const roadmap = INDIA;
const STAGE_IDS = ['', 'foundations', 'first-job-ready-skills', 'real-projects', 'specialisation', 'senior-trajectory'];

interface ReaderArgs {
  trackProgress: boolean;
  experience: number | undefined;
  activeStage: string;
  collapsible: boolean;
  theme: (typeof THEMES)[number];
  onRoadmapProgress?: (detail: unknown) => void;
}

/** The first `<stage-card>` inside a story's timeline, once the reader features have drawn it. */
async function firstCard(canvasElement: HTMLElement, part: string) {
  const timeline = canvasElement.querySelector<RoadmapTimeline>('roadmap-timeline');
  await timeline?.updateComplete;
  let found: {timeline: RoadmapTimeline; card: HTMLElement; target: HTMLElement} | undefined;
  await waitFor(() => {
    const card = timeline?.shadowRoot?.querySelector<HTMLElement>('stage-card');
    const target = card?.shadowRoot?.querySelector<HTMLElement>(`[part~="${part}"]`);
    expect(target, `the first stage's ${part}`).toBeTruthy();
    found = {timeline: timeline!, card: card!, target: target!};
  });
  return found!;
}

/** Reading progress starts empty in a story and is not left behind for the next one. */
function withoutStoredProgress() {
  localStorage.removeItem(progressKey(INDIA.id));
  return () => localStorage.removeItem(progressKey(INDIA.id));
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
    ></roadmap-timeline>`,
} satisfies Meta<ReaderArgs>;

export default meta;
type Story = StoryObj<ReaderArgs>;

/** Every option on at once. */
export const Everything: Story = {
  args: {trackProgress: true, experience: 7, activeStage: 'real-projects', collapsible: true},
  beforeEach: withoutStoredProgress,
};

/**
 * Checkboxes per item, "N of M done" per stage and in the header; kept in `localStorage`. A tick fires
 * `roadmap-progress` (see the Actions panel). Its interaction test ticks the first item.
 */
export const TrackProgress: Story = {
  args: {trackProgress: true, onRoadmapProgress: fn()},
  beforeEach: withoutStoredProgress,
  play: async ({canvasElement, args}) => {
    const {timeline, card, target: checkbox} = await firstCard(canvasElement, 'checkbox');
    await userEvent.click(checkbox);
    await expect(checkbox).toBeChecked();
    // The stage's own items and its week-by-week plan's, which are ticked and counted alike (issue 16).
    const [first] = INDIA.stages;
    const itemsOf = (items: readonly unknown[] | undefined) => items?.length ?? 0;
    const total =
      itemsOf(first?.items) + (first?.curriculum ?? []).reduce((sum, entry) => sum + itemsOf(entry.items), 0);
    await waitFor(() =>
      expect(card.shadowRoot?.querySelector('[part~="progress"]')?.textContent).toContain(`1 of ${total} done`),
    );
    await expect(timeline.shadowRoot?.querySelector('[part~="progress"]')?.textContent).toContain('1 of');
    await expect(args.onRoadmapProgress).toHaveBeenCalledWith(
      expect.objectContaining({roadmapId: INDIA.id, stageId: 'foundations', done: true, completed: 1}),
    );
  },
};

/** Seven months in: "Real projects" is current, the two stages before it read as passed. */
export const YouAreHere: Story = {args: {experience: 7}};

/** `active-stage` scrolls to the stage, highlights and focuses it. */
export const DeepLink: Story = {args: {activeStage: 'specialisation'}};

/**
 * Disclosure buttons in the stage headings, with "Expand all" and "Collapse all". Its interaction test opens
 * the first stage (passed, so collapsed) with the keyboard.
 */
export const Collapsible: Story = {
  args: {collapsible: true, experience: 3},
  play: async ({canvasElement}) => {
    const {card, target: toggle} = await firstCard(canvasElement, 'toggle');
    const items = () => card.shadowRoot?.querySelector<HTMLElement>('[part~="items"]');
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(items()?.checkVisibility() ?? false).toBe(false);
    toggle.focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(toggle).toHaveAttribute('aria-expanded', 'true'));
    await expect(items()?.checkVisibility()).toBe(true);
  },
};

/** The dark theme with progress: printing it still gives a light checklist. */
export const DarkWithProgress: Story = {
  args: {trackProgress: true, experience: 30, theme: 'dark'},
  beforeEach: withoutStoredProgress,
};
