// Creates nodes without MERGE: the loader's writer after delete-plan-graph, the bare baseline it is benchmarked against, and the synthetic generator's writer.
// Params: $rows: [{ id, label, props }] — label from the allow-list, props: every property, id included (seed/src/load.ts nodeParams)
UNWIND $rows AS row
CREATE (n:PlanNode)
SET n = row.props
SET n:$(row.label)
