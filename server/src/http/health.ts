/** GET /health: Neo4j status and graph counts; HTTP 503 while Neo4j cannot answer. */
import type { Request, Response } from 'express';
import { readQuery, type Db } from '../db/read.ts';

export function healthHandler(db: Db) {
  return async (_req: Request, res: Response) => {
    try {
      const [row] = await readQuery(db, 'count-graph');
      res.json({
        status: 'ok',
        neo4j: 'up',
        nodes: Number(row?.get('nodeCount') ?? 0),
        relationships: Number(row?.get('relationshipCount') ?? 0),
      });
    } catch (e) {
      res.status(503).json({ status: 'unavailable', neo4j: 'down', error: (e as Error).message });
    }
  };
}
