/** Binding and stopping the listeners. Types: listen.d.mts. */

/** How long close() lets responses in flight finish before cutting their connections. */
const CLOSE_GRACE_MS = 2000;

/**
 * Starts listening and resolves once bound; rejects with the listen error (EADDRINUSE, EACCES, ...).
 * @param {import('node:net').Server} server
 * @param {number} port
 * @param {string | undefined} host
 * @returns {Promise<number>} The port bound.
 */
export function listen(server, port, host) {
  return new Promise((resolve, reject) => {
    /** @param {Error} e */
    const onError = (e) => reject(e);
    server.once('error', onError);
    const done = () => {
      server.off('error', onError);
      const addr = server.address();
      resolve(addr && typeof addr === 'object' ? addr.port : port);
    };
    if (host === undefined) server.listen(port, done);
    else server.listen(port, host, done);
  });
}

/**
 * Stops a server: no new connections, idle ones closed now, busy ones after a grace period.
 * @param {import('node:http').Server} server
 * @returns {Promise<void>}
 */
export function closeServer(server) {
  return new Promise((resolve) => {
    if (!server.listening) {
      server.closeAllConnections();
      resolve();
      return;
    }
    const timer = setTimeout(() => server.closeAllConnections(), CLOSE_GRACE_MS);
    timer.unref();
    server.close(() => {
      clearTimeout(timer);
      resolve();
    });
    server.closeIdleConnections();
  });
}

