// Removes every plan node and its relationships: the loader writes the dataset afresh in the same transaction, so
// a load replaces the graph all-or-nothing, and on an empty store it is the bare CREATE (seed only).
// Params: none
MATCH (n:PlanNode)
DETACH DELETE n
