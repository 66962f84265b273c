// Creates or replaces relationships keyed by their stable id; the type comes from the allow-list (seed only).
// Params: $rows: [{ id, type, from, to, props }]
UNWIND $rows AS row
MATCH (a:PlanNode {id: row.from}), (b:PlanNode {id: row.to})
MERGE (a)-[r:$(row.type) {id: row.id}]->(b)
SET r = row.props
