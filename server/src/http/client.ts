/** Serves the built explorer; any other GET that is not an API route gets index.html (client-side routes). */
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express, { type Express } from 'express';

export const DEFAULT_CLIENT_DIR = fileURLToPath(new URL('../../../client/dist', import.meta.url));

export function mountClient(app: Express, clientDir: string = DEFAULT_CLIENT_DIR): void {
  const index = join(clientDir, 'index.html');
  if (!existsSync(index)) {
    app.get('/', (_req, res) => {
      res
        .status(503)
        .type('text/plain')
        .send('The explorer is not built yet: run `npm run build -w client` (npm start does this for you).');
    });
    return;
  }
  app.use(express.static(clientDir, { index: false, maxAge: '1h', immutable: false }));
  app.get(/^\/(?!graphql|health).*/, (_req, res) => res.sendFile(index));
}
