// Removes the plan's sentences before they are written again (seed only; they change only with the plan text).
// Params: none
MATCH (s:Sentence)
DETACH DELETE s
