// Creates nodes without MERGE or validation: the bare baseline the loader is benchmarked against, and the synthetic generator's writer.
// Params: $rows: [{ id, label, props }] — label from the allow-list, props as merge-nodes takes them
UNWIND $rows AS row
CREATE (n:PlanNode)
SET n = row.props
SET n:$(row.label)
