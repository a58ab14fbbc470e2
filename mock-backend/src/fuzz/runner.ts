// Running the fuzz requests of one route: as a property (fast-check shrinks a failure to the
// smallest request that still fails and prints it), or as a plain count of answers for the bench.
import fc from 'fast-check';
import { send, type FuzzResponse, type Target } from './client.js';
import { problemsOf } from './oracle.js';
import { describeRequest, preview, requestArbitrary, type FuzzContext, type FuzzRequest } from './requests.js';
import type { RouteSpec } from './routes.js';

/** Anything else to check after each answer (the suite checks that refused requests changed no data). */
export type AfterEach = (request: FuzzRequest, response: FuzzResponse) => Promise<readonly string[]>;

export interface RouteRun {
  readonly target: Target;
  readonly key: string;
  readonly spec: RouteSpec;
  readonly ctx: FuzzContext;
  readonly seed: number;
  readonly runs: number;
  readonly afterEach?: AfterEach;
}

/** A fixed seed per route, from its key: adding a route does not change what the others are sent. */
export function seedOf(key: string, base: number): number {
  let hash = base | 0;
  for (const char of key) hash = (Math.imul(hash, 31) + char.charCodeAt(0)) | 0;
  return hash;
}

/** Sends one request and lists what is wrong with its answer. */
async function answerProblems(run: RouteRun, request: FuzzRequest): Promise<{ response: FuzzResponse; problems: string[] }> {
  const response = await send(run.target, request);
  const problems = problemsOf(run.spec, response);
  if (run.afterEach) problems.push(...(await run.afterEach(request, response)));
  return { response, problems };
}

/** The route's requests as a property: throws fast-check's report, with the shrunk request, on the first failure. */
export async function assertRoute(run: RouteRun): Promise<void> {
  await fc.assert(
    fc.asyncProperty(requestArbitrary(run.key, run.spec, run.ctx), async (request) => {
      const { response, problems } = await answerProblems(run, request);
      if (problems.length > 0) {
        throw new Error(`${problems.join('; ')}\n  answer: ${response.status} ${response.contentType} ${preview(response.body)}`);
      }
    }),
    { seed: run.seed, numRuns: run.runs },
  );
}

export interface Tally {
  requests: number;
  readonly byClass: Record<'2xx' | '3xx' | '4xx' | '5xx', number>;
  /** The first few failures, described. */
  readonly failures: string[];
  failed: number;
}

export const emptyTally = (): Tally => ({ requests: 0, byClass: { '2xx': 0, '3xx': 0, '4xx': 0, '5xx': 0 }, failures: [], failed: 0 });

const KEPT_FAILURES = 10;

/** Sends the route's requests one after another and counts the answers, not stopping at a failure. */
export async function tallyRoute(run: RouteRun, tally: Tally): Promise<void> {
  const requests = fc.sample(requestArbitrary(run.key, run.spec, run.ctx), { seed: run.seed, numRuns: run.runs });
  for (const request of requests) {
    const { response, problems } = await answerProblems(run, request).catch((error: unknown) => ({
      response: { status: 0, contentType: '', body: '' },
      problems: [`no answer: ${String(error)}`],
    }));
    tally.requests++;
    const statusClass = `${Math.floor(response.status / 100)}xx`;
    if (statusClass in tally.byClass) tally.byClass[statusClass as keyof Tally['byClass']]++;
    if (problems.length > 0) {
      tally.failed++;
      if (tally.failures.length < KEPT_FAILURES)
        tally.failures.push(`${problems.join('; ')} (${response.status})\n${describeRequest(request)}`);
    }
  }
}
