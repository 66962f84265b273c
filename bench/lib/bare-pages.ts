/**
 * The rendering benchmark's pages on loopback, served by Vite's preview server: the bare pages (bench/pages:
 * Cytoscape alone, sigma.js + graphology alone, built with Vite into a temporary directory) and the built explorer.
 */
import { fileURLToPath } from 'node:url';
import getPort from 'get-port';
import { build, preview } from 'vite';
import { benchLog, tempDir } from './env.ts';

const PAGES = fileURLToPath(new URL('../pages/', import.meta.url));
const CLIENT = fileURLToPath(new URL('../../client/', import.meta.url));

type Served = { url: string; close(): Promise<void> };

async function serve(root: string, outDir: string, onClose: () => void = () => {}): Promise<Served> {
  const server = await preview({
    configFile: false,
    root,
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port: await getPort({ host: '127.0.0.1' }), strictPort: true },
  });
  const url = server.resolvedUrls?.local[0]?.replace(/\/$/, '');
  if (!url) throw new Error(`the preview server of ${outDir} has no address`);
  return {
    url,
    close: async () => {
      await server.close();
      onClose();
    },
  };
}

/**
 * The built explorer (client/dist) with no API behind it: the rendering benchmark draws synthetic graphs through
 * the test hooks, so it needs no database, and its drawing code is the one `npm start` serves.
 */
export function serveExplorer(): Promise<Served> {
  return serve(CLIENT, `${CLIENT}dist`);
}

export async function serveBarePages(): Promise<Served> {
  const out = tempDir('pages');
  benchLog('building the bare Cytoscape and sigma.js pages');
  const shared = { configFile: false as const, root: PAGES, logLevel: 'warn' as const, build: { outDir: out.dir } };
  await build({
    ...shared,
    build: {
      ...shared.build,
      emptyOutDir: true,
      rolldownOptions: { input: { cytoscape: `${PAGES}cytoscape.html`, sigma: `${PAGES}sigma.html` } },
    },
  });
  return serve(PAGES, out.dir, out.remove);
}
