import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, loadEnv } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { dashboardChunk } from './scripts/lib/dashboard-chunk.ts';
import { reactRouterProduction } from './scripts/lib/react-router-production.ts';

/**
 * The portal as an installable app: a web app manifest with home-screen icons, and a Workbox
 * service worker that keeps every built file on the device (revisioned, so only changed files
 * download again) and serves the app shell without a connection. A new version waits until the
 * person chooses to reload (src/lib/offline-shell.ts), so an open draft is never cut off.
 * Firestore, Auth and the functions' own addresses are never cached.
 */
const installableApp = () =>
  VitePWA({
    registerType: 'prompt',
    // Registered from the app's own code: the CSP allows no inline script.
    injectRegister: false,
    manifest: {
      name: 'Collaborative leadership portal',
      short_name: 'Leadership portal',
      description:
        'The participant portal for Building collaborative leadership across health and care organisations.',
      lang: 'en-GB',
      start_url: '/',
      scope: '/',
      display: 'standalone',
      background_color: '#f5f6f3',
      theme_color: '#0d4f5c',
      icons: [
        { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
        { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
        {
          src: '/icons/maskable-512.png',
          sizes: '512x512',
          type: 'image/png',
          purpose: 'maskable',
        },
      ],
    },
    workbox: {
      globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
      navigateFallback: '/index.html',
      navigateFallbackDenylist: [/^\/email\//, /^\/api\//, /^\/__\//],
      cleanupOutdatedCaches: true,
      // The first visit's worker looks after that page at once; later versions wait for the prompt.
      clientsClaim: true,
    },
  });

type HostingHeader = { source: string; headers: { key: string; value: string }[] };

/**
 * The security headers Firebase Hosting sends (firebase.json), for `vite preview`, so end-to-end
 * tests run the built app under the same Content-Security-Policy. The one change: an emulator
 * build also talks to the local emulators, so their origins join connect-src.
 */
function hostingHeaders(mode: string): Record<string, string> {
  const firebase = JSON.parse(readFileSync(new URL('./firebase.json', import.meta.url), 'utf8'));
  const all = (firebase.hosting.headers as HostingHeader[]).find((rule) => rule.source === '**');
  // Caching is the CDN's concern; the preview keeps Vite's own so measurements stay comparable.
  const headers = Object.fromEntries(
    (all?.headers ?? [])
      .filter(({ key }) => key !== 'Cache-Control')
      .map(({ key, value }) => [key, value]),
  );
  const env = loadEnv(mode, process.cwd(), 'VITE_');
  if (env['VITE_USE_EMULATORS'] === 'true') {
    const firestore = `http://${env['VITE_FIRESTORE_EMULATOR_HOST']}`;
    // With the files bucket's stand-in (STORAGE_ORIGIN in scripts/lib/emulators.mjs), where
    // signed uploads go (decision 0035).
    const emulators = `${env['VITE_AUTH_EMULATOR_URL']} ${firestore} http://127.0.0.1:4443`;
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
    '/calendar/': {
      target,
      rewrite: (path: string) => `${functions}/calendarFeed${path}`,
    },
    '/api/': {
      target,
      rewrite: (path: string) => path.replace(/^\/api\//, `${functions}/`),
    },
  };
}

export default defineConfig(({ mode, command }) => ({
  plugins: [react(), installableApp()],
  resolve: {
    alias: [
      ...reactRouterProduction(command),
      { find: '@', replacement: fileURLToPath(new URL('./src', import.meta.url)) },
      {
        find: 're2js',
        replacement: fileURLToPath(new URL('./src/lib/firebase/re2js-unused.ts', import.meta.url)),
      },
    ],
  },
  build: {
    target: 'es2022',
    // Maps are written for reading stack traces here, and never published: no comment in the
    // bundles points to them, and Hosting's ignore list (firebase.json) leaves them out.
    sourcemap: 'hidden',
    // Lets the size check and the benchmark find which chunks each screen loads.
    manifest: true,
    rolldownOptions: {
      output: { codeSplitting: { groups: [dashboardChunk()] } },
    },
  },
  server: {
    proxy: functionsProxy(mode),
  },
  preview: {
    headers: hostingHeaders(mode),
    proxy: functionsProxy(mode),
  },
}));
