// Full-text search over the plan's sentences, for `mentions` (CJK bigrams and Latin words).
CREATE FULLTEXT INDEX plan_sentences IF NOT EXISTS
FOR (s:Sentence) ON EACH [s.text]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk' } };
