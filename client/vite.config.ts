import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The API server (scripts/start.ts) listens on 4000; in dev Vite proxies the API so the client uses relative URLs.
const API = 'http://localhost:4000';

export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // GraphiQL (Monaco) is large by nature; it is lazy-loaded, so only warn about really big chunks.
    chunkSizeWarningLimit: 4000,
    rolldownOptions: {
      onwarn(warning, warn) {
        // GraphiQL's packages carry "use no memo" (React Compiler) directives; harmless once bundled.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
  server: {
    proxy: {
      '/graphql': API,
      '/health': API,
    },
  },
});
