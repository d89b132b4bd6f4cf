import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { TestContext } from 'node:test';

export interface Received {
  headers: IncomingHttpHeaders;
  body: string;
  json: any;
}

/**
 * A real HTTP receiver on 127.0.0.1. `answer` decides each response status (default 200); `stop()`/`start()`
 * take it down and bring it back on the same port.
 */
export async function startReceiver(t: TestContext, answer: (n: number, r: Received) => number | 'hang' = () => 200) {
  const received: Received[] = [];
  let server: Server | undefined;
  let port = 0;
  const waiters: (() => void)[] = [];
  const start = async () => {
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        const r = { headers: req.headers, body, json: body ? JSON.parse(body) : undefined };
        const status = answer(received.length + 1, r);
        received.push(r);
        waiters.splice(0).forEach((w) => w());
        if (status === 'hang') return;
        res.writeHead(status).end();
      });
    });
    await new Promise<void>((resolve) => server!.listen(port, '127.0.0.1', resolve));
    port = (server!.address() as AddressInfo).port;
  };
  const stop = () =>
    new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())).then(() =>
      server?.closeAllConnections(),
    );
  await start();
  t.after(() => {
    server?.closeAllConnections();
    return stop();
  });
  return {
    url: () => `http://127.0.0.1:${port}/hook`,
    received,
    start,
    stop,
    /** Resolves once `predicate` holds for what was received (polling on each arrival), or rejects after `ms`. */
    async waitFor(predicate: (all: Received[]) => boolean, ms = 10_000) {
      const deadline = Date.now() + ms;
      while (!predicate(received)) {
        if (Date.now() > deadline)
          throw new Error(
            `receiver: condition not met in ${ms} ms; got ${received.map((r) => r.json?.type).join(', ')}`,
          );
        await new Promise<void>((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, 50);
        });
      }
      return received;
    },
  };
}
