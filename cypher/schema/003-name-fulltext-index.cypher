// Full-text search over names, English names and aliases of every node. The analyzer keeps every word and makes
// each Chinese character a token of its own, so a phrase of characters matches any substring of a Chinese name
// and no English word is dropped as a stop word (search-nodes relies on both).
DROP INDEX plan_node_names IF EXISTS;
CREATE FULLTEXT INDEX plan_node_terms IF NOT EXISTS
FOR (n:PlanNode) ON EACH [n.name, n.nameEn, n.aliases]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-no-stop-words' } };
