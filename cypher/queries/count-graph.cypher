// Counts nodes and relationships of the plan graph, per label and per relationship type.
// Params: none
CALL () { MATCH (n:PlanNode) RETURN count(n) AS nodeCount }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationshipCount }
CALL () {
  MATCH (n:PlanNode)
  UNWIND labels(n) AS label
  WITH label, count(*) AS c WHERE label <> 'PlanNode'
  RETURN collect({key: label, count: c}) AS labels
}
CALL () {
  MATCH ()-[r]->()
  WITH type(r) AS t, count(*) AS c
  RETURN collect({key: t, count: c}) AS types
}
RETURN nodeCount, relationshipCount, labels, types
