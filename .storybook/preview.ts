import {html, nothing} from 'lit';
import {setCustomElementsManifest, type Decorator, type Preview} from '@storybook/web-components-vite';
import manifest from 'roadmap-elements/custom-elements.json';
import {THEMES} from '../src/elements/theme.js';
import {defineRoadmapElements} from '../src/register.js';
import {installMockServer} from '../stories/support/mock-server.js';
import {TOOLBAR_LOCALES} from '../stories/support/roadmaps.js';
import {forAutodocs} from '../stories/support/manifest.js';

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

const preview: Preview = {
  tags: ['autodocs'],
  decorators: [withToolbar],
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
    a11y: {test: 'error'},
    options: {storySort: {order: ['Docs', ['Getting started', 'JSON format', 'Theming', 'Frameworks'], 'Elements']}},
  },
};

export default preview;
