// Entities of a label with no relationship of a type in a direction (e.g. industries no platform SUPPORTS). With
// $viaPartOf a node also counts as covered when one of its PART_OF descendants (up to 6 levels) has such a link.
// Params: $label (String), $type (String), $direction ('INCOMING' or 'OUTGOING'), $viaPartOf (Boolean), $limit (Int, at most 1000)
MATCH (n:PlanNode)
WHERE $label IN labels(n)
  AND NOT EXISTS {
    MATCH (d:PlanNode)-[:PART_OF*0..6]->(n)
    WHERE (d = n OR $viaPartOf) AND NOT d:Section
      AND EXISTS {
        MATCH (d)-[r]-()
        WHERE type(r) = $type AND CASE $direction WHEN 'INCOMING' THEN endNode(r) = d ELSE startNode(r) = d END
      }
  }
RETURN n AS node
ORDER BY n.id
LIMIT toInteger(CASE WHEN $limit > 1000 THEN 1000 WHEN $limit < 1 THEN 1 ELSE $limit END)
