// Waits until every index (the full-text one builds in the background) is online, so timings start on a ready store.
// Params: $timeoutSeconds (Int)
CALL db.awaitIndexes($timeoutSeconds)
