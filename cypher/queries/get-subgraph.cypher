// The induced subgraph of a set of nodes: the nodes and every relationship among them.
// Params: $ids ([String], at most 5000), $types ([String] or null)
MATCH (n:PlanNode) WHERE n.id IN $ids[..5000]
WITH collect(n) AS nodes
CALL (nodes) {
  UNWIND nodes AS a
  MATCH (a)-[r]->(b:PlanNode)
  WHERE b IN nodes AND ($types IS NULL OR type(r) IN $types)
  RETURN collect({id: r.id, type: type(r), source: a.id, target: b.id, props: properties(r)}) AS edges
}
RETURN nodes, edges
