// Creates relationships without MERGE: the loader's writer after delete-plan-graph, its benchmark baseline and the synthetic generator's writer.
// Params: $rows: [{ id, type, from, to, props }] — type from the allow-list, props: every property, id included (seed/src/load.ts relParams)
UNWIND $rows AS row
MATCH (a:PlanNode {id: row.from}), (b:PlanNode {id: row.to})
CREATE (a)-[r:$(row.type)]->(b)
SET r = row.props
