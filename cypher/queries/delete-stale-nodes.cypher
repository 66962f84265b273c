// Removes nodes (and their relationships) that the dataset no longer contains (seed only).
// Params: $ids: [String] — every node id in the dataset
MATCH (n:PlanNode)
WHERE NOT n.id IN $ids
DETACH DELETE n
