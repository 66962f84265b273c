// A section with its ancestors (for the path) and every mention and quote that falls inside its text.
// Params: $id (String)
MATCH (s:Section {id: $id})
OPTIONAL MATCH (s)-[:PART_OF*1..6]->(anc:Section)
WITH s, collect(anc) AS ancestors
CALL (s) {
  MATCH (e:PlanNode)-[m:MENTIONED_IN]->(x:Section)
  WHERE x.start >= s.start AND x.end <= s.end AND NOT e:Section
  RETURN collect(DISTINCT {node: e, spanStarts: m.spanStarts, spanEnds: m.spanEnds}) AS mentions
}
RETURN s AS section, ancestors, mentions
