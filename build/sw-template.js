/* Service worker of the Laoshan VR Park exhibit (generated at build time from build/sw-template.js).
 * Precaches the whole app on the first visit so booths run with no network; controller profiles and
 * models are cached in the background after the first picture. A new build gets a new cache; old ones go. */
const VERSION = '__VERSION__';
const CORE = JSON.parse('__CORE__');
const EXTRA = JSON.parse('__EXTRA__');
const CACHE = `exhibit-${VERSION}`;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(CORE))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('exhibit-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

/** Caches what is not cached yet; reports progress to the page that asked. */
async function precacheExtras(client) {
  const cache = await caches.open(CACHE);
  let done = 0;
  for (const url of EXTRA) {
    if (!(await cache.match(url, { ignoreVary: true }))) {
      try {
        const res = await fetch(url, { cache: 'no-cache' });
        if (res.ok) await cache.put(url, res);
      } catch {
        // Offline or a flaky booth network: the next visit tries again.
      }
    }
    done++;
  }
  const missing = [];
  for (const url of [...CORE, ...EXTRA]) if (!(await cache.match(url, { ignoreVary: true }))) missing.push(url);
  client?.postMessage({ type: 'exhibit-precache', version: VERSION, total: CORE.length + EXTRA.length, cached: CORE.length + EXTRA.length - missing.length, done, missing });
}

self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'exhibit-precache-extras') event.waitUntil(precacheExtras(event.source));
});

self.addEventListener('fetch', (event) => {
  const req = event.request;
  if (req.method !== 'GET') return;
  const url = new URL(req.url);
  if (url.origin !== self.location.origin) return;
  if (url.pathname.endsWith('/booth.json')) {
    // The booth server's live LAN addresses: never cached; offline there are none to offer.
    event.respondWith(fetch(req).catch(() => new Response('{}', { headers: { 'Content-Type': 'application/json' } })));
    return;
  }
  if (req.mode === 'navigate') {
    // The page itself: fresh from the network when there is one (a new build shows up), else the cached copy.
    event.respondWith(
      Promise.race([fetch(req), new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 3000))]).catch(async () => {
        const cache = await caches.open(CACHE);
        return (await cache.match('./index.html', { ignoreVary: true })) || (await cache.match('./', { ignoreVary: true })) || Response.error();
      }),
    );
    return;
  }
  event.respondWith(
    caches.open(CACHE).then(async (cache) => {
      // ignoreVary: servers may add `Vary: Origin`, which would make cached copies miss.
      const hit = await cache.match(req, { ignoreSearch: true, ignoreVary: true });
      if (hit) return hit;
      const res = await fetch(req);
      if (res.ok && res.type === 'basic') cache.put(req, res.clone());
      return res;
    }),
  );
});
