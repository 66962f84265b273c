// Communities found by Louvain at load time, largest first, each with its members, most central (PageRank) first.
// Params: $limit (Int, at most 500), $memberLimit (Int, at most 100)
MATCH (n:PlanNode)
WHERE n.community IS NOT NULL
WITH n ORDER BY n.pagerank DESC, n.id ASC
WITH n.community AS community, collect(n) AS members
RETURN community, size(members) AS size, members[..toInteger($memberLimit)] AS members
ORDER BY size DESC, community ASC
LIMIT toInteger(CASE WHEN $limit > 500 THEN 500 WHEN $limit < 1 THEN 1 ELSE $limit END)
