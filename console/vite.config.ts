import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * The agent console, built into `dist/console` (beside the compiled server, which serves it) during `npm install`
 * and `npm run build`. In development, `npx vite --config console/vite.config.ts` serves it with the API proxied to a
 * running Helpline on port 8080.
 */
export default defineConfig({
  root: import.meta.dirname,
  base: '/',
  plugins: [react()],
  build: {
    outDir: '../dist/console',
    emptyOutDir: true,
    assetsDir: 'assets',
    sourcemap: false,
    reportCompressedSize: true,
  },
  server: { proxy: { '/console/api': 'http://127.0.0.1:8080' } },
});
