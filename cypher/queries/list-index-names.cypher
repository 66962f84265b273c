// Names of the indexes that exist (constraints included: each has a backing index of its name), so the loader
// runs only the schema statements that would change something.
// Params: none
SHOW INDEXES YIELD name
RETURN collect(name) AS names
