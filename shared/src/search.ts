/** Limits and bands of the `search` query, shared so the explorer can say what the API would refuse. */

/** The longest search text the API accepts (after trimming), in UTF-16 code units as JavaScript counts them. */
export const SEARCH_TEXT_MAX = 200;

/**
 * Hits scored below this share only some characters or words with the text (the lowest band of
 * cypher/queries/search-nodes.cypher: no name, alias or English name contains the whole text). The explorer marks
 * them as weak matches.
 */
export const WEAK_MATCH_SCORE = 100;
