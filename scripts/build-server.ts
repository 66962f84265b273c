/**
 * `npm run build:server`: bundles the start-up entry (scripts/start.ts: the API server, the seed loader and the
 * workspace packages they import) into dist/start.js, so production runs `node dist/start.js` without tsx or TypeScript. npm packages stay
 * external (installed with `npm ci --omit=dev`). Each module's `import.meta.url` is rewritten to its source file's
 * URL, relative to the bundle, so paths it derives (Cypher files, the plan text, the built client) stay right.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const SERVER_BUNDLE = path.join(ROOT, 'dist', 'start.js');

const keepModuleUrls: Plugin = {
  name: 'keep-module-urls',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) =>
      // Workspace packages are TypeScript: bundle them. Everything else comes from node_modules at run time.
      args.path.startsWith('@plangraph/') ? undefined : { path: args.path, external: true },
    );
    b.onLoad({ filter: /\.ts$/ }, async (args) => {
      const { readFile } = await import('node:fs/promises');
      const source = await readFile(args.path, 'utf8');
      const relative = path.relative(path.dirname(SERVER_BUNDLE), args.path).split(path.sep).join('/');
      return {
        contents: source.replaceAll('import.meta.url', `new URL(${JSON.stringify(relative)}, import.meta.url).href`),
        loader: 'ts',
      };
    });
  },
};

export async function buildServer(): Promise<string> {
  await build({
    entryPoints: [path.join(ROOT, 'scripts', 'start.ts')],
    outfile: SERVER_BUNDLE,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    sourcemap: true,
    logLevel: 'warning',
    plugins: [keepModuleUrls],
  });
  return SERVER_BUNDLE;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const out = await buildServer();
  console.log(`server bundle: ${path.relative(ROOT, out)}`);
}
