// Ranks entities by a measure stored at load time (degree, inDegree, outDegree, pagerank, betweenness), highest first.
// Params: $property (String, from the resolver's allow-list of measures), $labels ([String] or null), $limit (Int, at most 500)
MATCH (n:PlanNode)
WHERE NOT n:Section AND n[$property] IS NOT NULL
  AND ($labels IS NULL OR any(l IN labels(n) WHERE l IN $labels))
RETURN n AS node, toFloat(n[$property]) AS score
ORDER BY score DESC, n.id ASC
LIMIT toInteger(CASE WHEN $limit > 500 THEN 500 WHEN $limit < 1 THEN 1 ELSE $limit END)
