/**
 * The HTTP server around the app. A share link carries its view in the query string (about 13 KB for 5,000 nodes,
 * see docs/explorer.md), and the browser sends that URL as the request line: Node's default limit of 16 KiB for
 * the request line and headers together would answer such links with 431, so the limit is raised.
 */
import { createServer, type RequestListener, type Server } from 'node:http';

/** The request line and headers together, in bytes; beyond it Node answers 431. */
export const MAX_REQUEST_HEAD_BYTES = 64 * 1024;

export function createHttpServer(app: RequestListener): Server {
  return createServer({ maxHeaderSize: MAX_REQUEST_HEAD_BYTES }, app);
}
