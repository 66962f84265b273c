// Finds nodes by name, English name, alias or id, every branch through an index (no scan of all nodes).
// Ranks, case-insensitively: an exact name, alias, English name or id (1000); a name that ends with the text at a
// word boundary, i.e. the head of the name ("Knowledge City" in "… Guangzhou Knowledge City"; 300–400); any other
// name containing the text (100–200; in both, the larger the text's share of the name, the higher); then full-text
// hits on some of its words or characters (under 100). Within each of these bands entities come before outline
// sections: "Bio Island" should find the zone before the heading "1. Bio Island".
// Params: $text (String), $substringQuery (Lucene query whose hits include every node with $text in a name, or
// null when $text has no letter or digit), $ftQuery (Lucene-escaped String), $labels ([String] or null),
// $limit (Int, at most 100)
CALL () {
  MATCH (n:PlanNode {id: $text})
  RETURN n, 0.0 AS ftScore
  UNION
  UNWIND CASE WHEN $substringQuery IS NULL THEN [] ELSE [$substringQuery] END AS q
  CALL db.index.fulltext.queryNodes('plan_node_terms', q, {limit: 500}) YIELD node AS n
  RETURN n, 0.0 AS ftScore
  UNION
  CALL db.index.fulltext.queryNodes('plan_node_terms', $ftQuery, {limit: 200}) YIELD node AS n, score
  RETURN n, score AS ftScore
}
WITH n, max(ftScore) AS ftScore
WHERE $labels IS NULL OR any(l IN labels(n) WHERE l IN $labels)
WITH n, ftScore, toLower($text) AS t, [f IN [n.name, n.nameEn] + coalesce(n.aliases, []) WHERE f IS NOT NULL | toLower(f)] AS names
WITH n, CASE
  WHEN n.id = $text OR t IN names THEN 1000.0
  ELSE reduce(best = 100.0 * ftScore / (ftScore + 10.0), f IN names |
    CASE
      WHEN NOT f CONTAINS t THEN best
      WHEN f ENDS WITH t AND (NOT left(t, 1) =~ '[a-z0-9]' OR NOT substring(f, size(f) - size(t) - 1, 1) =~ '[a-z0-9]')
        THEN CASE WHEN best > 300.0 + 100.0 * size(t) / size(f) THEN best ELSE 300.0 + 100.0 * size(t) / size(f) END
      ELSE CASE WHEN best > 100.0 + 100.0 * size(t) / size(f) THEN best ELSE 100.0 + 100.0 * size(t) / size(f) END
    END)
END AS score
WHERE score > 0.0
WITH n, score, CASE WHEN score >= 1000.0 THEN 3 WHEN score >= 300.0 THEN 2 WHEN score >= 100.0 THEN 1 ELSE 0 END AS band
RETURN n AS node, score
ORDER BY band DESC, n:Section ASC, score DESC, size(n.name) ASC, n.id ASC
LIMIT toInteger(CASE WHEN $limit > 100 THEN 100 WHEN $limit < 1 THEN 1 ELSE $limit END)
