/**
 * How a fact's quotes are stored in Neo4j. Neo4j properties cannot hold maps, so each quote is spread over parallel
 * lists (quotes[i], quoteSectionIds[i], quoteStarts[i], quoteEnds[i]); relationships also keep their first quote in
 * singular properties (quote, sectionId, start, end) for Cypher readers. The seed loader encodes, the API decodes.
 */

/** One exact quote from the plan: its outline section and character offsets into the source text. */
export type Quote = { quote: string; sectionId: string; start: number; end: number };

/** The properties a node's quotes occupy. */
export const NODE_PROVENANCE_PROPERTIES = ['quotes', 'quoteSectionIds', 'quoteStarts', 'quoteEnds'] as const;

/** The properties a relationship's quotes occupy. */
export const RELATIONSHIP_PROVENANCE_PROPERTIES = [
  ...NODE_PROVENANCE_PROPERTIES,
  'quote',
  'sectionId',
  'start',
  'end',
] as const;

export type NodeProvenanceProperties = {
  quotes: string[];
  quoteSectionIds: string[];
  quoteStarts: number[];
  quoteEnds: number[];
};

export type RelationshipProvenanceProperties = NodeProvenanceProperties & {
  quote: string | null;
  sectionId: string | null;
  start: number | null;
  end: number | null;
};

export function encodeNodeProvenance(quotes: readonly Quote[]): NodeProvenanceProperties {
  return {
    quotes: quotes.map((q) => q.quote),
    quoteSectionIds: quotes.map((q) => q.sectionId),
    quoteStarts: quotes.map((q) => q.start),
    quoteEnds: quotes.map((q) => q.end),
  };
}

/** Null singular properties mean "absent": the loader drops them, since Cypher reads a missing property as null. */
export function encodeRelationshipProvenance(quotes: readonly Quote[]): RelationshipProvenanceProperties {
  const first = quotes[0];
  return {
    quote: first?.quote ?? null,
    sectionId: first?.sectionId ?? null,
    start: first?.start ?? null,
    end: first?.end ?? null,
    ...encodeNodeProvenance(quotes),
  };
}

/**
 * Each quote stored on a node or relationship, built by `make` in one pass over the parallel lists (missing entries
 * read as empty or 0): readers that reshape quotes allocate nothing in between.
 */
export function mapQuotes<T>(
  properties: Readonly<Record<string, unknown>>,
  make: (quote: string, sectionId: string, start: number, end: number) => T,
): T[] {
  const quotes = properties.quotes as string[] | undefined;
  if (!quotes || quotes.length === 0) return [];
  const sections = (properties.quoteSectionIds as string[] | undefined) ?? [];
  const starts = (properties.quoteStarts as number[] | undefined) ?? [];
  const ends = (properties.quoteEnds as number[] | undefined) ?? [];
  const out = new Array<T>(quotes.length);
  for (let i = 0; i < quotes.length; i++) out[i] = make(quotes[i]!, sections[i] ?? '', starts[i] ?? 0, ends[i] ?? 0);
  return out;
}

/** The quotes stored on a node or relationship (the parallel lists; missing entries read as empty or 0). */
export function decodeProvenance(properties: Readonly<Record<string, unknown>>): Quote[] {
  return mapQuotes(properties, (quote, sectionId, start, end) => ({ quote, sectionId, start, end }));
}
