// Removes the stored indicator observations before they are written again (seed only).
// Params: none
MATCH (o:Observation)
DETACH DELETE o
