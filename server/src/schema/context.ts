/** What every exploration resolver receives: the read-only database and the plan text in memory. */
import type { Db } from '../db/read.ts';
import type { SourceText } from './source-text.ts';

export type ExplorationContext = { db: Db; source: SourceText };
