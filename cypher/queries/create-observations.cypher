// Writes the indicator observations from seed/data/observations.yaml, kept apart from the plan graph (no :PlanNode).
// Params: $rows: [{ indicatorId, year, value, unit, source }]
UNWIND $rows AS row
CREATE (o:Observation)
SET o = row
