// A load balancer for the scale-out test: every request goes to the next backend in turn, so a
// journey's consecutive requests are served by different instances and any state one instance kept
// to itself shows as a failure. Each answer says which instance served it (`x-served-by`), and the
// proxy counts them. A backend that refuses the connection (stopped, killed) is skipped and the
// request tried on the next one, as a load balancer's health check would; a request cut after it
// reached a backend is a 502, never retried: the client was not told it succeeded.
import { request as httpRequest, Agent, createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export const SERVED_BY_HEADER = 'x-served-by';

export interface RoundRobinProxy {
  readonly url: string;
  /** How many answers each backend gave so far, by its index in the list given. */
  readonly served: readonly number[];
  /**
   * Runs `step` and returns, per backend, the answers to the requests that arrived while it ran. A
   * request that arrived before (a draft saved as the person typed, still in flight) is not the
   * step's, even if its answer comes during it.
   */
  servedDuring(step: () => Promise<void>): Promise<number[]>;
  /** Sends every request to this backend until unpinned (undefined): one step of a journey on one instance. */
  pin(index: number | undefined): void;
  close(): Promise<void>;
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function refused(error: unknown): boolean {
  return (error as NodeJS.ErrnoException).code === 'ECONNREFUSED';
}

export async function startRoundRobin(backends: readonly string[]): Promise<RoundRobinProxy> {
  const targets = backends.map((origin) => new URL(origin));
  const agents = targets.map(() => new Agent({ keepAlive: true }));
  const served = targets.map(() => 0);
  let next = 0;
  let pinned: number | undefined;
  /** Requests arrived so far: a request's number says which steps it belongs to. */
  let arrived = 0;
  /** Each answer: the backend that gave it and the number of the request it answers. */
  const answers: { index: number; request: number }[] = [];

  const server: Server = createServer((req, res) => {
    const request = arrived++;
    // The whole body first, so a request refused by one backend can be sent to the next.
    readBody(req).then(
      (body) => {
        const first = pinned ?? next;
        next = (first + 1) % targets.length;
        forward(req, body, first, 0);
      },
      () => res.destroy(),
    );

    function forward(incoming: IncomingMessage, body: Buffer, index: number, attempts: number): void {
      const target = targets[index]!;
      const upstream = httpRequest(
        {
          host: target.hostname,
          port: target.port,
          method: incoming.method,
          path: incoming.url,
          // The Host header stays the proxy's: the browser's origin is the proxy, as behind a real one.
          headers: { ...incoming.headers, 'content-length': String(body.length) },
          agent: agents[index],
        },
        (answer) => {
          served[index]! += 1;
          answers.push({ index, request });
          res.writeHead(answer.statusCode ?? 502, { ...answer.headers, [SERVED_BY_HEADER]: String(index) });
          answer.pipe(res);
          answer.on('error', () => res.destroy());
        },
      );
      upstream.on('error', (error) => {
        if (refused(error) && attempts + 1 < targets.length) {
          forward(incoming, body, (index + 1) % targets.length, attempts + 1);
          return;
        }
        if (res.headersSent) res.destroy();
        else res.writeHead(502, { 'content-type': 'text/plain' }).end('Bad gateway');
      });
      upstream.end(body);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://localhost:${port}`,
    served,
    pin(index) {
      pinned = index;
    },
    async servedDuring(step) {
      const from = arrived;
      const answered = answers.length;
      await step();
      const counts = targets.map(() => 0);
      for (const answer of answers.slice(answered)) if (answer.request >= from) counts[answer.index]! += 1;
      return counts;
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      for (const agent of agents) agent.destroy();
    },
  };
}
