// Writes dist/roadmap.schema.json from the zod schema compiled into dist/lib: one source, no hand-written copy.
import {writeFileSync} from 'node:fs';
import * as z from 'zod/mini';
import {roadmapSchema, LIMITS} from '../dist/lib/schema/index.js';
import {schemaDescriptions} from '../dist/lib/schema/descriptions.js';

const generated = z.toJSONSchema(roadmapSchema, {io: 'input', target: 'draft-2020-12', metadata: schemaDescriptions()});
const schema = {
  ...generated,
  $id: 'https://unpkg.com/roadmap-elements/dist/roadmap.schema.json',
  title: 'Roadmap (roadmap-elements, format version 1)',
  description:
    `A career roadmap for <roadmap-timeline>. JSON text at most ${LIMITS.maxBytes} bytes. ` +
    'Some rules are checked by the library beyond this schema: max ≥ min in every salary range, to ≥ from in ' +
    'every period, unique stage ids, currency required once any salary appears, and every href http:, https: ' +
    'or relative.',
};
writeFileSync(new URL('../dist/roadmap.schema.json', import.meta.url), JSON.stringify(schema, null, 2) + '\n');
console.log(`dist/roadmap.schema.json: ${Object.keys(schema.properties).length} top-level properties`);
