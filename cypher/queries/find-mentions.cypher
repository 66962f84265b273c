// Every sentence of the plan that contains the text verbatim, in reading order, with the number of occurrences in it.
// Candidates come from the plan_sentences full-text index; $scan adds a pass over every sentence for terms the CJK
// analyzer cannot find exactly (single characters, Latin fragments, punctuation). Sentences are bounded by the plan.
// Params: $text (String), $ftQuery (Lucene phrase query or null), $scan (Boolean)
CALL () {
  CALL db.index.fulltext.queryNodes('plan_sentences', coalesce($ftQuery, '""'), {limit: 10000}) YIELD node
  RETURN node AS s
  UNION
  MATCH (s:Sentence)
  WHERE $scan
  RETURN s
}
WITH s
WHERE s.text CONTAINS $text
RETURN s.id AS id, s.text AS text, s.start AS start, s.end AS end, s.sectionId AS sectionId,
  size(split(s.text, $text)) - 1 AS count
ORDER BY s.start
