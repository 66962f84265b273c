// One hop of a dependency trace: follows $inTypes against their direction and $outTypes along it.
// Params: $ids ([String], at most 500), $inTypes ([String]), $outTypes ([String]), $seen ([String]), $limit (Int, at most 2000)
UNWIND $ids[..500] AS id
MATCH (a:PlanNode {id: id})
CALL (a) {
  MATCH (a)<-[r]-(m:PlanNode) WHERE type(r) IN $inTypes RETURN m
  UNION
  MATCH (a)-[r]->(m:PlanNode) WHERE type(r) IN $outTypes RETURN m
}
WITH DISTINCT m WHERE NOT m.id IN $seen
RETURN m.id AS id
ORDER BY id
LIMIT toInteger(CASE WHEN $limit > 2000 THEN 2000 ELSE $limit END)
