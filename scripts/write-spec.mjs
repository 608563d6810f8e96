// Writes src/schema/spec.generated.ts, the runtime checker's spec, from the zod schema (to-spec.ts).
// `--check` writes nothing and fails when the file on disk is not what the schema gives (run by `npm test`).
import {readFileSync, writeFileSync} from 'node:fs';
import {runnerImport} from 'vite';

const target = new URL('../src/schema/spec.generated.ts', import.meta.url);
const {module: toSpec} = await runnerImport('/src/schema/to-spec.ts', {configFile: false, logLevel: 'silent'});
const source = toSpec.specModule();
let current = '';
try {
  current = readFileSync(target, 'utf8');
} catch {
  // First run: nothing to compare with.
}
if (process.argv.includes('--check')) {
  if (current !== source) {
    console.error('src/schema/spec.generated.ts is out of date with the zod schema: run `npm run spec`.');
    process.exit(1);
  }
  console.log('src/schema/spec.generated.ts matches the zod schema');
} else if (current !== source) {
  writeFileSync(target, source);
  console.log('wrote src/schema/spec.generated.ts');
}
