/** The SDL of the whole API, sorted, as committed in server/schema.graphql. */
import { fileURLToPath } from 'node:url';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { createDriver } from '@plangraph/neo4j-embedded';
import { buildSchema } from './index.ts';

export const SCHEMA_FILE = fileURLToPath(new URL('../../schema.graphql', import.meta.url));

export async function printApiSchema(): Promise<string> {
  // Building the schema opens no connection; the driver is only used when queries run.
  const driver = createDriver({ uri: 'bolt://127.0.0.1:1', user: 'neo4j', password: '' });
  try {
    return `${printSchema(lexicographicSortSchema(await buildSchema(driver)))}\n`;
  } finally {
    await driver.close();
  }
}
