/** Pure parts of `search`: the full-text query string and which field a hit matched. */

/** Lucene special characters are escaped so user text is always a plain-term query. */
export function escapeLucene(text: string): string {
  return text.replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, '\\$&').replace(/\b(AND|OR|NOT)\b/g, (w) => w.toLowerCase());
}

type Named = { id: string; name: string; nameEn: string | null; aliases: readonly string[] };

/** name, nameEn, alias or id: the field that matched best, and its value (for aliases, the alias that matched). */
export function matchedField(node: Named, text: string): { field: string; value: string } {
  const t = text.toLowerCase();
  if (node.name === text) return { field: 'name', value: node.name };
  const exactAlias = node.aliases.find((a) => a === text);
  if (exactAlias) return { field: 'alias', value: exactAlias };
  if ((node.nameEn ?? '').toLowerCase() === t) return { field: 'nameEn', value: node.nameEn ?? '' };
  if (node.id === text) return { field: 'id', value: node.id };
  if (node.name.includes(text)) return { field: 'name', value: node.name };
  const alias = node.aliases.find((a) => a.includes(text));
  if (alias) return { field: 'alias', value: alias };
  if ((node.nameEn ?? '').toLowerCase().includes(t)) return { field: 'nameEn', value: node.nameEn ?? '' };
  // A full-text hit on some of the characters or words: report the field sharing most of them.
  const overlap = (s: string) => [...new Set(t)].filter((c) => s.toLowerCase().includes(c)).length;
  const candidates = [
    { field: 'name', value: node.name },
    { field: 'nameEn', value: node.nameEn ?? '' },
    ...node.aliases.map((a) => ({ field: 'alias', value: a })),
  ];
  return candidates.reduce((best, c) => (overlap(c.value) > overlap(best.value) ? c : best), candidates[0]!);
}
