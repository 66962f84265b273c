// CJK-aware full-text search over names, English names and aliases of every node.
CREATE FULLTEXT INDEX plan_node_names IF NOT EXISTS
FOR (n:PlanNode) ON EACH [n.name, n.nameEn, n.aliases]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk' } };
