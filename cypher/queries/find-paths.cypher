// Up to 40 shortest trails between two nodes (at most 6 hops), over the allowed relationship types.
// Params: $from (String), $to (String), $maxHops (Int, 1–6), $types ([String]), $k (Int, at most 40)
MATCH p = SHORTEST 40 (a:PlanNode {id: $from})(()-[r]-() WHERE type(r) IN $types){1,6}(b:PlanNode {id: $to})
WHERE length(p) <= $maxHops
RETURN [n IN nodes(p) | n.id] AS nodeIds, [x IN relationships(p) | x.id] AS edgeIds
ORDER BY length(p) ASC
LIMIT toInteger(CASE WHEN $k > 40 THEN 40 ELSE $k END)
