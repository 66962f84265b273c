// The entities the plan names inside each given sentence (their MENTIONED_IN spans fall within the sentence).
// Params: $ids ([String], sentence ids, at most 500)
MATCH (s:Sentence) WHERE s.id IN $ids[..500]
OPTIONAL MATCH (e:PlanNode)-[m:MENTIONED_IN]->(:PlanNode {id: s.sectionId})
WHERE any(i IN range(0, size(m.spanStarts) - 1) WHERE m.spanStarts[i] >= s.start AND m.spanEnds[i] <= s.end)
WITH s, e ORDER BY e.id
RETURN s.id AS id, collect(e) AS entities
