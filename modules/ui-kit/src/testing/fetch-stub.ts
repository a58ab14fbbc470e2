// A fake backend for component tests: `window.fetch` answered by the test, every call recorded.
// Test code only: no component imports it, so no module's bundle carries it.

/** A JSON answer, as the backend gives it. */
export const json = (body: unknown, status = 200): Response =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

/** The API's error body. */
export const apiError = (code: string, status: number, details?: { path: string; message: string }[]): Response =>
  json({ error: { code, message: code, ...(details ? { details } : {}) } }, status);

export interface FetchCall {
  readonly method: string;
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: unknown;
}

const originalFetch = window.fetch;

/**
 * Replaces `window.fetch` with `answer` (a fake backend) and records the calls; `restoreFetch()`
 * in `afterEach` puts the real one back.
 */
export function stubFetch(answer: (call: FetchCall) => Response | Promise<Response>): FetchCall[] {
  const calls: FetchCall[] = [];
  window.fetch = async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const call: FetchCall = {
      method: init.method ?? 'GET',
      url: String(input),
      headers: Object.fromEntries(new Headers(init.headers).entries()),
      body: typeof init.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined,
    };
    calls.push(call);
    return answer(call);
  };
  return calls;
}

export function restoreFetch(): void {
  window.fetch = originalFetch;
}
