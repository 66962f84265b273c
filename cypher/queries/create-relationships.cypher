// Creates relationships without MERGE or validation: the loader's benchmark baseline and the synthetic generator's writer.
// Params: $rows: [{ id, type, from, to, props }] — type from the allow-list, props as merge-relationships takes them
UNWIND $rows AS row
MATCH (a:PlanNode {id: row.from}), (b:PlanNode {id: row.to})
CREATE (a)-[r:$(row.type)]->(b)
SET r = row.props
