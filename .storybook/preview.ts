import {html, nothing} from 'lit';
import {ref} from 'lit/directives/ref.js';
import {
  setCustomElementsManifest,
  type Decorator,
  type Preview,
  type WebComponentsRenderer,
} from '@storybook/web-components-vite';
import type {ArgTypesEnhancer} from 'storybook/internal/types';
import {action} from 'storybook/actions';
import {expect} from 'storybook/test';
import manifest from 'roadmap-elements/custom-elements.json';
// The docs page of every element, read top-down: what it is, one compact live example, the API table (from the
// manifest: attributes, properties, events, parts, custom properties), then the other stories, each in a box
// of its own height (preview-head.html).
import ElementDocs from './element-docs.mdx';
import {THEMES} from '../src/elements/theme.js';
import {defineRoadmapElements} from '../src/register.js';
import {installMockServer} from '../stories/support/mock-server.js';
import {TOOLBAR_LOCALES} from '../stories/support/roadmaps.js';
import {ELEMENTS, forAutodocs, handlerName} from '../stories/support/manifest.js';

// Autodocs list each element's attributes, properties, events, parts and custom properties from the manifest.
setCustomElementsManifest(forAutodocs(manifest));
defineRoadmapElements();
installMockServer();

/**
 * The toolbar's theme and locale override the story's own args (an empty value keeps the story's), and its
 * direction sets `dir` around the story: the timeline picks its direction from the locale, a standalone
 * card or band from the page around it. The story's box takes the theme's background (preview-head.html), as a
 * page that sets `theme="dark"` would be dark: a standalone `<salary-band>` has no background of its own.
 */
const withToolbar: Decorator = (story, context) => {
  const {theme, locale, direction} = context.globals;
  const args = {...context.args};
  if (theme) args['theme'] = theme;
  if (locale) args['locale'] = locale;
  return html`<div class="story" data-theme=${args['theme'] || nothing} dir=${direction || nothing}>
    ${story({args})}
  </div>`;
};

/** Every event of every element in the manifest. */
const EVENTS = [...new Set(ELEMENTS.flatMap((element) => (element.events ?? []).map((event) => event.name)))];

/**
 * Logs every event of the manifest that reaches the story (all of ours bubble; the timeline's are composed) in
 * the Actions panel, with its `detail`. A story that gives the handler arg (`onRoadmapProgress: fn()`) gets
 * the call instead, so its play function can assert on it; that call is logged too.
 */
const withEventLog: Decorator = (story, context) =>
  html`<div class="events" .storyArgs=${context.args} ${ref(logEvents)}>${story()}</div>`;

function logEvents(box?: Element) {
  if (!box || listening.has(box)) return;
  listening.add(box);
  for (const name of EVENTS) {
    box.addEventListener(name, (event) => {
      const handler = (box as Element & {storyArgs?: Record<string, unknown>}).storyArgs?.[handlerName(name)];
      const detail = (event as CustomEvent).detail;
      if (typeof handler === 'function') handler(detail);
      else action(name)(detail);
    });
  }
}
const listening = new WeakSet<Element>();

/**
 * Controls only where a value can be set: an arg the story renders (it is in the story's args, even as
 * `undefined`) keeps its control; what the manifest lists besides (events, parts, custom properties, read-only
 * and unrendered properties) stays in the docs table without one.
 */
const controlsOnlyForArgs: ArgTypesEnhancer<WebComponentsRenderer> = ({argTypes, initialArgs}) =>
  Object.fromEntries(
    Object.entries(argTypes).map(([name, argType]) => [
      name,
      name in initialArgs ? argType : {...argType, control: false},
    ]),
  );

/** Console errors logged while a story renders and plays (warnings are fine: they name a bad input). */
let consoleErrors: string[] = [];

function collectConsoleErrors() {
  const original = console.error;
  consoleErrors = [];
  console.error = (...args: unknown[]) => {
    consoleErrors.push(args.map(String).join(' '));
    original(...args);
  };
  return () => {
    console.error = original;
  };
}

/**
 * After every story and its play function: the story's element is on the page and has drawn something, and
 * nothing was logged as an error. (The story check in `npm test` runs this for every story; the a11y addon
 * fails a story on any axe violation.)
 */
async function rendersItsElement({canvasElement, component}: {canvasElement: HTMLElement; component?: unknown}) {
  await expect(consoleErrors, 'console errors').toEqual([]);
  if (typeof component !== 'string') return;
  const element = canvasElement.querySelector(component) as (HTMLElement & {updateComplete?: Promise<unknown>}) | null;
  await expect(element, `the story renders <${component}>`).not.toBeNull();
  await element?.updateComplete;
  const content = [...(element?.shadowRoot?.children ?? [])].filter((child) => child.localName !== 'style');
  await expect(content.length, `<${component}> has content in its shadow root`).toBeGreaterThan(0);
}

const preview: Preview = {
  tags: ['autodocs'],
  decorators: [withEventLog, withToolbar],
  argTypesEnhancers: [controlsOnlyForArgs],
  beforeEach: collectConsoleErrors,
  afterEach: rendersItsElement,
  globalTypes: {
    theme: {
      description: 'Theme of every element in the story',
      toolbar: {
        title: 'Theme',
        icon: 'mirror',
        items: [{value: '', title: "The story's theme"}, ...THEMES.map((theme) => ({value: theme, title: theme}))],
        dynamicTitle: true,
      },
    },
    locale: {
      description: 'Locale of every element in the story (numbers, money, dates, direction)',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          {value: '', title: "The story's locale"},
          ...TOOLBAR_LOCALES.map(({tag, name}) => ({value: tag, title: `${name} (${tag})`})),
        ],
        dynamicTitle: true,
      },
    },
    direction: {
      description: 'Writing direction of the page around the story',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        items: [
          {value: '', title: 'Page default'},
          {value: 'ltr', title: 'Left to right'},
          {value: 'rtl', title: 'Right to left'},
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: {theme: '', locale: '', direction: ''},
  parameters: {
    controls: {expanded: true},
    // Docs pages read top-down: the description, one compact live example, the API table, then the stories.
    docs: {page: ElementDocs},
    a11y: {test: 'error'},
    options: {
      storySort: {order: ['Docs', ['Getting started', 'Recipes', 'JSON format', 'Theming', 'Frameworks'], 'Elements']},
    },
  },
};

export default preview;
