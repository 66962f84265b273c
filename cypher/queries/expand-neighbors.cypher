// One hop of a neighbourhood expansion: the neighbours of a frontier of nodes, filtered by type and label.
// Params: $ids ([String], at most 500), $exclude ([String]: nodes already in the view), $types ([String] or null), $labels ([String] or null), $limit (Int, at most 2000)
UNWIND $ids[..500] AS id
MATCH (a:PlanNode {id: id})-[r]-(m:PlanNode)
WHERE ($types IS NULL OR type(r) IN $types)
  AND ($labels IS NULL OR any(l IN labels(m) WHERE l IN $labels))
  AND NOT m.id IN $exclude
WITH DISTINCT m
ORDER BY COUNT { (m)--() } DESC, m.id ASC
RETURN m.id AS id
LIMIT toInteger(CASE WHEN $limit > 2000 THEN 2000 WHEN $limit < 1 THEN 1 ELSE $limit END)
