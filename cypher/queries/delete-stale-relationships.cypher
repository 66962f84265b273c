// Removes relationships between plan nodes that the dataset no longer contains (seed only).
// Params: $ids: [String] — every relationship id in the dataset
MATCH (:PlanNode)-[r]->(:PlanNode)
WHERE NOT r.id IN $ids
DELETE r
