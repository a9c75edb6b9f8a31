/* Service worker of the Laoshan VR Park exhibit (generated at build time from build/sw-template.js).
 * Precaches by device: the desktop exhibit (`core`) when it installs; the VR code (`vr`) and the controller
 * profiles a headset reports (`profile:<id>`) when the page asks, after the first picture. A new build gets a
 * new cache; old ones go. */
const VERSION = '__VERSION__';
const GROUPS = JSON.parse('__GROUPS__');
const CACHE = `exhibit-${VERSION}`;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(GROUPS.core))
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

/** Caches what is not cached yet of the core and the groups asked for; reports progress to the page that asked. */
async function precache(client, asked) {
  const cache = await caches.open(CACHE);
  const groups = ['core', ...asked.filter((g) => g !== 'core' && Object.prototype.hasOwnProperty.call(GROUPS, g))];
  const urls = [...new Set(groups.flatMap((g) => GROUPS[g]))];
  for (const url of urls) {
    if (!(await cache.match(url, { ignoreVary: true }))) {
      try {
        const res = await fetch(url, { cache: 'no-cache' });
        if (res.ok) await cache.put(url, res);
      } catch {
        // Offline or a flaky booth network: the next visit tries again.
      }
    }
  }
  const missing = [];
  for (const url of urls) if (!(await cache.match(url, { ignoreVary: true }))) missing.push(url);
  client?.postMessage({ type: 'exhibit-precache', version: VERSION, groups, total: urls.length, cached: urls.length - missing.length, missing });
}

self.addEventListener('message', (event) => {
  const d = event.data;
  if (d && d.type === 'exhibit-precache') {
    const asked = Array.isArray(d.groups) ? d.groups.filter((g) => typeof g === 'string') : [];
    // A controller reports its profile ids most specific first: cache the first one this build ships.
    for (const list of Array.isArray(d.firstOf) ? d.firstOf : []) {
      const hit = Array.isArray(list) ? list.find((g) => typeof g === 'string' && Object.prototype.hasOwnProperty.call(GROUPS, g)) : undefined;
      if (hit) asked.push(hit);
    }
    event.waitUntil(precache(event.source, d.groups === 'all' ? Object.keys(GROUPS) : asked));
  }
});

self.addEventListener('fetch', (event) => {
  const req = event.request;
  if (req.method !== 'GET') return;
  const url = new URL(req.url);
  if (url.origin !== self.location.origin) return;
  if (url.pathname.endsWith('/booth.json')) {
    // The booth server's live LAN addresses: never cached; offline there are none to offer.
    event.respondWith(fetch(req).catch(() => new Response('{"lan":[]}', { headers: { 'Content-Type': 'application/json' } })));
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
