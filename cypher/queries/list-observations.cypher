// The stored indicator observations, of one indicator or of all ($indicatorId null), by indicator then year.
// Params: $indicatorId (String or null)
MATCH (o:Observation)
WHERE $indicatorId IS NULL OR o.indicatorId = $indicatorId
RETURN o.indicatorId AS indicatorId, o.year AS year, o.value AS value, o.unit AS unit, o.source AS source
ORDER BY indicatorId ASC, year ASC
