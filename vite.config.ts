import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, loadEnv, type Plugin } from 'vite';

// Lists the built files, so the service worker can keep the whole app for use without a connection.
function precacheManifest(): Plugin {
  return {
    name: 'precache-manifest',
    apply: 'build',
    generateBundle(_options, bundle) {
      const files = Object.keys(bundle).filter(
        (file) => !file.endsWith('.map') && file !== 'index.html' && !file.startsWith('.vite/'),
      );
      this.emitFile({
        type: 'asset',
        fileName: 'precache-manifest.json',
        source: JSON.stringify(files),
      });
    },
  };
}

type HostingHeader = { source: string; headers: { key: string; value: string }[] };

/**
 * The security headers Firebase Hosting sends (firebase.json), for `vite preview`, so end-to-end
 * tests run the built app under the same Content-Security-Policy. The one change: an emulator
 * build also talks to the local emulators, so their origins join connect-src.
 */
function hostingHeaders(mode: string): Record<string, string> {
  const firebase = JSON.parse(readFileSync(new URL('./firebase.json', import.meta.url), 'utf8'));
  const all = (firebase.hosting.headers as HostingHeader[]).find((rule) => rule.source === '**');
  const headers = Object.fromEntries((all?.headers ?? []).map(({ key, value }) => [key, value]));
  const env = loadEnv(mode, process.cwd(), 'VITE_');
  if (env['VITE_USE_EMULATORS'] === 'true') {
    const firestore = `http://${env['VITE_FIRESTORE_EMULATOR_HOST']}`;
    const emulators = `${env['VITE_AUTH_EMULATOR_URL']} ${firestore}`;
    headers['Content-Security-Policy'] = (headers['Content-Security-Policy'] ?? '').replace(
      "connect-src 'self'",
      `connect-src 'self' ${emulators}`,
    );
  }
  return headers;
}

/**
 * Email links and callable functions use the portal's own address: Hosting rewrites
 * /email/unsubscribe and /api/<function> to the functions (firebase.json), and locally Vite's dev
 * and preview servers pass them to the Functions emulator.
 */
function functionsProxy(mode: string) {
  const env = loadEnv(mode, process.cwd(), 'VITE_');
  if (env['VITE_USE_EMULATORS'] !== 'true') return undefined;
  const functions = `/${env['VITE_FIREBASE_PROJECT_ID']}/europe-west2`;
  const target = 'http://127.0.0.1:5001';
  return {
    '/email/unsubscribe': {
      target,
      rewrite: (path: string) => path.replace(/^\/email\/unsubscribe/, `${functions}/unsubscribe`),
    },
    '/api/': {
      target,
      rewrite: (path: string) => path.replace(/^\/api\//, `${functions}/`),
    },
  };
}

export default defineConfig(({ mode }) => ({
  plugins: [react(), precacheManifest()],
  define: {
    __BUILD_ID__: JSON.stringify(Date.now().toString(36)),
  },
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./src', import.meta.url)),
      re2js: fileURLToPath(new URL('./src/lib/firebase/re2js-unused.ts', import.meta.url)),
    },
  },
  build: {
    target: 'es2022',
    sourcemap: true,
    // Lets the size check and the benchmark find which chunks each screen loads.
    manifest: true,
  },
  server: {
    proxy: functionsProxy(mode),
  },
  preview: {
    headers: hostingHeaders(mode),
    proxy: functionsProxy(mode),
  },
}));
