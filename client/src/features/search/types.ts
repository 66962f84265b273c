import type { SearchHit } from '../../api/types.ts';

/** `tooLong`: the text is over the API's limit, so nothing was asked. */
export type SearchState = { status: 'idle' | 'searching' | 'done' | 'error' | 'tooLong'; hits: SearchHit[] };
