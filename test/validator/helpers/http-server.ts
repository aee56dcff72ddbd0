/** Tiny loopback HTTP servers for tests; `close()` ends every connection. */
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface TestServer {
  readonly url: string;
  readonly server: http.Server;
  /** Requests received so far. */
  readonly hits: () => number;
  close(): Promise<void>;
}

/** Starts `handler` on 127.0.0.1 and a free port. */
export async function startServer(handler: http.RequestListener): Promise<TestServer> {
  let hits = 0;
  const server = http.createServer((req, res) => {
    hits++;
    handler(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    server,
    hits: () => hits,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
