/** The SDL of the whole API, sorted, as committed in server/schema.graphql. */
import { fileURLToPath } from 'node:url';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema } from './index.ts';

export const SCHEMA_FILE = fileURLToPath(new URL('../../schema.graphql', import.meta.url));

export async function printApiSchema(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await buildSchema()))}\n`;
}
