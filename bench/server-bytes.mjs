/** A `vite preview` plugin that logs the bytes of every response body it sends: the server side's cross-check. */

/** The plugin; each finished response is pushed onto `log` as `{ url, bytes, endWall }`. */
export function countResponseBytes(log) {
  return {
    name: 'bench-count-bytes',
    configurePreviewServer(srv) {
      srv.middlewares.use((req, res, next) => {
        let bytes = 0;
        const write = res.write.bind(res);
        const end = res.end.bind(res);
        const count = (chunk, enc) => {
          if (chunk && typeof chunk !== 'function') bytes += Buffer.byteLength(chunk, typeof enc === 'string' ? enc : undefined);
        };
        res.write = (chunk, ...rest) => {
          count(chunk, rest[0]);
          return write(chunk, ...rest);
        };
        res.end = (chunk, ...rest) => {
          count(chunk, rest[0]);
          return end(chunk, ...rest);
        };
        res.on('finish', () => log.push({ url: req.url, bytes, endWall: Date.now() }));
        next();
      });
    },
  };
}
