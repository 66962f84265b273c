// Finds nodes by name, English name or alias: exact matches first, then substring matches, then CJK full-text hits.
// Params: $text (String), $ftQuery (Lucene-escaped String), $labels ([String] or null), $limit (Int, at most 100)
CALL () {
  MATCH (n:PlanNode)
  WHERE n.name = $text OR $text IN n.aliases OR toLower(n.nameEn) = toLower($text) OR n.id = $text
  RETURN n, 1000.0 AS score
  UNION
  MATCH (n:PlanNode)
  WHERE n.name CONTAINS $text OR any(a IN n.aliases WHERE a CONTAINS $text) OR toLower(n.nameEn) CONTAINS toLower($text)
  RETURN n, 100.0 + 100.0 * size($text) / (size(n.name) + size($text)) AS score
  UNION
  CALL db.index.fulltext.queryNodes('plan_node_names', $ftQuery, {limit: 200}) YIELD node AS n, score
  RETURN n, score
}
WITH n, max(score) AS score
WHERE $labels IS NULL OR any(l IN labels(n) WHERE l IN $labels)
RETURN n AS node, score
ORDER BY score DESC, n:Section ASC, size(n.name) ASC, n.id ASC
LIMIT toInteger(CASE WHEN $limit > 100 THEN 100 WHEN $limit < 1 THEN 1 ELSE $limit END)
