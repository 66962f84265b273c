// Writes the plan's sentences, which the mentions query searches through the plan_sentences full-text index.
// Params: $rows: [{ id, text, start, end, sectionId }]
UNWIND $rows AS row
CREATE (s:Sentence)
SET s = row
