// Returns one node by id.
// Params: $id (String)
MATCH (n:PlanNode {id: $id})
RETURN n AS node
