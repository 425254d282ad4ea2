// Writes rules/situation.schema.json from the zod schema (a test checks it is up to date).
import { writeFileSync } from 'node:fs';
import { situationJsonSchema } from '../rules/json-schema';

writeFileSync(new URL('../rules/situation.schema.json', import.meta.url), JSON.stringify(situationJsonSchema(), null, 2) + '\n');
process.stderr.write('wrote rules/situation.schema.json\n');
