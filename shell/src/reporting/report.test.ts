import { expect } from '@open-wc/testing';
import { CLIENT_ERROR_MESSAGE_MAX, CLIENT_ERRORS_PATH } from '@portal/shared-contracts';
import { ClientErrorReporter, MAX_REPORTS_PER_PAGE, cleanMessage, describeError, sendToBackend } from './report.js';

const loadFailure = { area: 'profile', version: '1.2.0', kind: 'load' } as const;

function recorder(): { bodies: unknown[]; send: (body: string) => void } {
  const bodies: unknown[] = [];
  return { bodies, send: (body) => bodies.push(JSON.parse(body)) };
}

describe('reporting: report', () => {
  it('describes anything that can be thrown', () => {
    const cause = new TypeError('Failed to fetch');
    expect(describeError(new Error('Loading portal_profile/app failed', { cause }))).to.equal(
      'Error: Loading portal_profile/app failed (cause: TypeError: Failed to fetch)',
    );
    expect(describeError('plain text')).to.equal('plain text');
    expect(describeError(42)).to.equal('42');
    expect(describeError(null)).to.equal('null');
  });

  it('drops query strings and fragments, collapses whitespace and cuts to what the server keeps', () => {
    expect(cleanMessage('GET https://cdn.example/x.js?token=abc#frag failed')).to.equal('GET https://cdn.example/x.js failed');
    expect(cleanMessage('at /modules/profile/app.js?v=2:1:2\n  next')).to.equal('at /modules/profile/app.js next');
    expect(cleanMessage('Why? Item #3')).to.equal('Why? Item #3');
    expect(Array.from(cleanMessage('é'.repeat(1000)))).to.have.length(CLIENT_ERROR_MESSAGE_MAX);
  });

  it('sends the area, version, kind and message as JSON, and the same report once per page load', () => {
    const { bodies, send } = recorder();
    const reporter = new ClientErrorReporter(send);
    expect(reporter.report({ ...loadFailure, error: new Error('gone') })).to.equal(true);
    expect(reporter.report({ ...loadFailure, error: new Error('gone') })).to.equal(false);
    expect(reporter.report({ ...loadFailure, kind: 'mount', error: new Error('gone') })).to.equal(true);
    expect(reporter.report({ ...loadFailure, version: '1.2.1', error: new Error('gone') })).to.equal(true);
    expect(reporter.report({ ...loadFailure })).to.equal(true);
    expect(bodies).to.deep.equal([
      { area: 'profile', version: '1.2.0', kind: 'load', message: 'Error: gone' },
      { area: 'profile', version: '1.2.0', kind: 'mount', message: 'Error: gone' },
      { area: 'profile', version: '1.2.1', kind: 'load', message: 'Error: gone' },
      { area: 'profile', version: '1.2.0', kind: 'load' },
    ]);
  });

  it('stops at the cap of a page, whatever the module keeps throwing', () => {
    const { bodies, send } = recorder();
    const reporter = new ClientErrorReporter(send);
    for (let i = 0; i < MAX_REPORTS_PER_PAGE * 3; i++) reporter.report({ ...loadFailure, kind: 'runtime', message: `error ${i}` });
    expect(bodies).to.have.length(MAX_REPORTS_PER_PAGE);
  });

  it('never throws into the page: not when sending fails, nor for an error that cannot be described', () => {
    const failing = new ClientErrorReporter(() => {
      throw new Error('offline');
    });
    expect(failing.report(loadFailure)).to.equal(false);
    const hostile = {
      toString() {
        throw new Error('no');
      },
    };
    expect(new ClientErrorReporter(() => undefined).report({ ...loadFailure, error: hostile })).to.equal(false);
  });

  it('posts same-origin JSON with keepalive, and a refused request is swallowed', async () => {
    const original = window.fetch;
    const calls: { url: string; init: RequestInit | undefined }[] = [];
    window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
      calls.push({ url: String(input), init });
      throw new TypeError('Failed to fetch');
    };
    const unhandled: unknown[] = [];
    const onUnhandled = (event: PromiseRejectionEvent) => unhandled.push(event.reason);
    window.addEventListener('unhandledrejection', onUnhandled);
    try {
      sendToBackend('{"area":"profile"}');
      await new Promise((resolve) => setTimeout(resolve, 50));
    } finally {
      window.fetch = original;
      window.removeEventListener('unhandledrejection', onUnhandled);
    }
    expect(calls).to.have.length(1);
    expect(calls[0]?.url).to.equal(CLIENT_ERRORS_PATH);
    expect(calls[0]?.init).to.deep.include({ method: 'POST', keepalive: true, credentials: 'same-origin', body: '{"area":"profile"}' });
    expect(calls[0]?.init?.headers).to.deep.equal({ 'content-type': 'application/json' });
    expect(unhandled).to.deep.equal([]);
  });
});
