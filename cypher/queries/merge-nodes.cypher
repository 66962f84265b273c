// Creates or replaces nodes: base label PlanNode, one label from the allow-list, all properties (seed only).
// Params: $rows: [{ id, label, props }]
UNWIND $rows AS row
MERGE (n:PlanNode {id: row.id})
SET n = row.props
REMOVE n:Institution:Enterprise:Zone:Region:Industry:Project:Indicator:Programme:Person:Section
SET n:$(row.label)
