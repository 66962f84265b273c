/** npm run schema:write — regenerates server/schema.graphql after an intended API change. */
import { writeFileSync } from 'node:fs';
import { printApiSchema, SCHEMA_FILE } from './print-schema.ts';

writeFileSync(SCHEMA_FILE, await printApiSchema());
console.log(`wrote ${SCHEMA_FILE}`);
