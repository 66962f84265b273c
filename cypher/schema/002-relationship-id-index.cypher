// Relationships carry a stable id ("TYPE:from:to"); a range index per type finds one by it.
// Types: REL_TYPES in shared/src/index.ts (checked by cypher/src/vocabulary.test.ts).
CREATE INDEX rel_id_located_in IF NOT EXISTS FOR ()-[r:LOCATED_IN]-() ON (r.id);
CREATE INDEX rel_id_part_of IF NOT EXISTS FOR ()-[r:PART_OF]-() ON (r.id);
CREATE INDEX rel_id_supports IF NOT EXISTS FOR ()-[r:SUPPORTS]-() ON (r.id);
CREATE INDEX rel_id_backed_by IF NOT EXISTS FOR ()-[r:BACKED_BY]-() ON (r.id);
CREATE INDEX rel_id_leads IF NOT EXISTS FOR ()-[r:LEADS]-() ON (r.id);
CREATE INDEX rel_id_in_industry IF NOT EXISTS FOR ()-[r:IN_INDUSTRY]-() ON (r.id);
CREATE INDEX rel_id_cooperates_with IF NOT EXISTS FOR ()-[r:COOPERATES_WITH]-() ON (r.id);
CREATE INDEX rel_id_measures IF NOT EXISTS FOR ()-[r:MEASURES]-() ON (r.id);
CREATE INDEX rel_id_focuses_on IF NOT EXISTS FOR ()-[r:FOCUSES_ON]-() ON (r.id);
CREATE INDEX rel_id_anchors IF NOT EXISTS FOR ()-[r:ANCHORS]-() ON (r.id);
CREATE INDEX rel_id_mentioned_in IF NOT EXISTS FOR ()-[r:MENTIONED_IN]-() ON (r.id);
