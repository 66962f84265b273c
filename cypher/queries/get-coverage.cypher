// A coverage matrix: which row entities link (either direction, by the given types) to which column entities. With
// $viaPartOf a link to a column's PART_OF descendant (up to 6 levels) counts for the column.
// Params: $rowLabel, $columnLabel (String), $rowKinds, $columnKinds ([String] or null), $types ([String]), $viaPartOf (Boolean), $maxColumns (Int)
MATCH (c:PlanNode)
WHERE $columnLabel IN labels(c) AND ($columnKinds IS NULL OR c.kind IN $columnKinds)
WITH c ORDER BY c.id LIMIT toInteger($maxColumns)
WITH collect(c) AS columns
CALL (columns) {
  UNWIND columns AS c
  MATCH (t:PlanNode)-[:PART_OF*0..6]->(c)
  WHERE (t = c OR $viaPartOf) AND NOT t:Section
  WITH DISTINCT c, t
  MATCH (r:PlanNode)-[e]-(t)
  WHERE type(e) IN $types AND $rowLabel IN labels(r) AND ($rowKinds IS NULL OR r.kind IN $rowKinds) AND r <> c
  WITH c, r, collect(DISTINCT e) AS es
  ORDER BY c.id, r.id
  RETURN collect({
    column: c.id, row: r,
    edges: [e IN es | {id: e.id, type: type(e), source: startNode(e).id, target: endNode(e).id, props: properties(e)}]
  }) AS cells
}
RETURN columns, cells
