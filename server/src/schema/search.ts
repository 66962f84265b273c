/** Pure parts of `search`: the full-text query strings and which field a hit matched. */

/** Lucene special characters are escaped so user text is always a plain-term query. */
export function escapeLucene(text: string): string {
  return text.replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, '\\$&').replace(/\b(AND|OR|NOT)\b/g, (w) => w.toLowerCase());
}

/*
 * The substring query narrows a substring search to a few candidates through the full-text index (analyzer
 * `standard-no-stop-words`: one token per Chinese character, words lowercased, no stop words). Its hits include
 * every node with the text in a name; search-nodes.cypher then checks the substring exactly.
 */
/** Characters the tokenizer makes one token each: a run of them is a phrase, exact for any substring. */
const CHARACTER_TOKENS = /[\p{Script=Han}\p{Script=Hiragana}]+/u;
/** Letters and digits of other scripts: the tokenizer keeps them inside words. */
const WORD_CHARS = /(?:(?![\p{Script=Han}\p{Script=Hiragana}])[\p{L}\p{N}])+/u;
const RUNS = new RegExp(`(${CHARACTER_TOKENS.source})|(${WORD_CHARS.source})`, 'gu');

/**
 * Every clause is required: a run of Chinese characters as a phrase, a run of letters or digits as `*run*` (it
 * may be part of a longer word at either end; the whole word, when present, raises the hit's relevance). Only
 * letters, digits and Chinese characters reach the query, so no Lucene syntax can. Null when the text has none.
 */
export function substringQuery(text: string): string | null {
  const clauses: string[] = [];
  for (const [, characters, word] of text.toLowerCase().matchAll(RUNS)) {
    if (characters) clauses.push(`+"${characters}"`);
    else if (word) clauses.push(`+(*${word}* ${word})`);
  }
  return clauses.length > 0 ? [...new Set(clauses)].join(' ') : null;
}

type Named = { id: string; name: string; nameEn: string | null; aliases: readonly string[] };

/** name, nameEn, alias or id: the field that matched best, and its value (for aliases, the alias that matched). */
export function matchedField(node: Named, text: string): { field: string; value: string } {
  // Case-insensitive, as search-nodes.cypher ranks.
  const t = text.toLowerCase();
  const lower = (s: string | null) => (s ?? '').toLowerCase();
  if (lower(node.name) === t) return { field: 'name', value: node.name };
  const exactAlias = node.aliases.find((a) => lower(a) === t);
  if (exactAlias) return { field: 'alias', value: exactAlias };
  if (lower(node.nameEn) === t) return { field: 'nameEn', value: node.nameEn ?? '' };
  if (node.id === text) return { field: 'id', value: node.id };
  if (lower(node.name).includes(t)) return { field: 'name', value: node.name };
  const alias = node.aliases.find((a) => lower(a).includes(t));
  if (alias) return { field: 'alias', value: alias };
  if (lower(node.nameEn).includes(t)) return { field: 'nameEn', value: node.nameEn ?? '' };
  // A full-text hit on some of the characters or words: report the field sharing most of them.
  const overlap = (s: string) => [...new Set(t)].filter((c) => s.toLowerCase().includes(c)).length;
  const candidates = [
    { field: 'name', value: node.name },
    { field: 'nameEn', value: node.nameEn ?? '' },
    ...node.aliases.map((a) => ({ field: 'alias', value: a })),
  ];
  return candidates.reduce((best, c) => (overlap(c.value) > overlap(best.value) ? c : best), candidates[0]!);
}
