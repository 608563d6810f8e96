// The extras beside the embed, by name (vite.config.ts builds them; scripts/build-extras.mjs one build each).
import {readdirSync} from 'node:fs';
import {resolve} from 'node:path';

/**
 * The parts of the library the embed loads only when a page needs them, each its own file next to the embed
 * (`roadmap-elements.<name>.js`): the word tables of every language but English, the JSON-LD builder of
 * `structured-data`, the header's salary ladder, the offer check (`offer-check`), and the reader features (`track-progress`, `experience`, `active-stage`, `collapsible`). The core file stays one self-contained install; these add to it on demand.
 */
export const extras = (root) => ({
  ...Object.fromEntries(
    readdirSync(resolve(root, 'src/format/words'))
      .filter((file) => file.endsWith('.ts') && file !== 'en.ts')
      .map((file) => [`words-${file.slice(0, -3)}`, resolve(root, 'src/format/words', file)]),
  ),
  occupation: resolve(root, 'src/structured-data/occupation.ts'),
  messages: resolve(root, 'src/schema/messages.ts'),
  reader: resolve(root, 'src/elements/reader/reader.ts'),
  ladder: resolve(root, 'src/elements/roadmap-timeline/salary-ladder.ts'),
  offer: resolve(root, 'src/elements/roadmap-timeline/offer-check.ts'),
});
