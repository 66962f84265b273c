// Counts plan nodes without a quote and relationships without one (a complete load has none of either).
// Params: none
CALL () { MATCH (n:PlanNode) WHERE size(coalesce(n.quotes, [])) = 0 RETURN count(n) AS nodes }
CALL () { MATCH (:PlanNode)-[r]->(:PlanNode) WHERE r.quote IS NULL OR size(coalesce(r.quotes, [])) = 0 RETURN count(r) AS relationships }
RETURN nodes, relationships
