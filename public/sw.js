// Keeps the portal's own files on the device so it opens without a connection (a reload on a
// train keeps the drafts reachable). Firestore and Auth traffic is never cached here.
const build = new URL(self.location.href).searchParams.get('build') || 'dev';
const CACHE = `portal-shell-${build}`;

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      const response = await fetch('/precache-manifest.json', { cache: 'no-store' });
      const files = response.ok ? await response.json() : [];
      await cache.addAll(['/index.html', '/favicon.svg', ...files.map((file) => `/${file}`)]);
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith('portal-shell-') && name !== CACHE) await caches.delete(name);
      }
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    // Fresh when online; the cached shell when not. Routing happens in the app.
    event.respondWith(
      fetch(request).catch(() => caches.match('/index.html', { ignoreVary: true })),
    );
    return;
  }
  // Static servers often send "Vary: Origin", which would stop module scripts matching the cache.
  event.respondWith(
    caches.match(request, { ignoreVary: true }).then((cached) => cached || fetch(request)),
  );
});
