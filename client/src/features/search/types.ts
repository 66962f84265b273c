import type { SearchHit } from '../../api/types.ts';

export type SearchState = { status: 'idle' | 'searching' | 'done' | 'error'; hits: SearchHit[] };
