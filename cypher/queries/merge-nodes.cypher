// Creates or replaces nodes: base label PlanNode, one label from the allow-list, all properties (seed only).
// Params: $rows: [{ id, label, props }]
// The REMOVE list is NODE_LABELS in shared/src/index.ts; cypher/src/vocabulary.test.ts keeps the two equal.
UNWIND $rows AS row
MERGE (n:PlanNode {id: row.id})
SET n = row.props
REMOVE n:Institution:Enterprise:Zone:Region:Industry:Project:Indicator:Programme:Person:Section
SET n:$(row.label)
