import { expect } from '@open-wc/testing';
import { registryEntry } from '../testing/registry-fixtures.js';
import type { PendingReport } from './report-later.js';
import { attributeToArea, codeLocations, watchModuleErrors } from './runtime-errors.js';

const BASE = 'http://portal.test/profile';
const entries = [
  registryEntry('profile', '/profile', {
    implementation: {
      kind: 'federated',
      remoteName: 'portal_profile',
      version: '1.2.0',
      manifestUrl: '/modules/profile/mf-manifest.json',
      exposes: './app',
    },
  }),
  registryEntry('radar', '/radar', {
    implementation: {
      kind: 'federated',
      remoteName: 'portal_radar',
      version: '2.0.0',
      manifestUrl: 'https://cdn.example.fi/radar/2.0.0/mf-manifest.json',
      exposes: './app',
    },
  }),
  // A manifest at the root of the portal's own origin must not make every file its module's.
  registryEntry('odd', '/odd', {
    implementation: { kind: 'federated', remoteName: 'portal_odd', version: '1.0.0', manifestUrl: '/mf-manifest.json', exposes: './app' },
  }),
];

const MODULE_STACK = `TypeError: Cannot read properties of undefined (reading 'name')
    at render (http://portal.test/modules/profile/__federation_expose_app.1234abcd.js:1:2000)
    at LitElement.update (http://portal.test/346.2f697dcd.js:1:500)`;
const SHELL_STACK = `TypeError: x is not a function
    at startShell (http://portal.test/main.4ca8fb28.js:1:100)`;

function errorWithStack(stack: string): Error {
  const error = new TypeError(stack.split('\n')[0]);
  error.stack = stack;
  return error;
}

function watch(): { target: EventTarget; reports: PendingReport[]; stop: () => void } {
  const target = new EventTarget();
  const reports: PendingReport[] = [];
  const stop = watchModuleErrors(entries, { base: BASE, target, report: (report) => reports.push(report) });
  return { target, reports, stop };
}

describe('reporting: runtime errors', () => {
  it('knows where each module’s files are served from', () => {
    expect(codeLocations(entries, BASE).map((location) => [location.area, location.prefixes])).to.deep.equal([
      ['profile', ['http://portal.test/modules/profile/']],
      ['radar', ['http://portal.test/modules/radar/', 'https://cdn.example.fi/radar/2.0.0/']],
      ['odd', ['http://portal.test/modules/odd/']],
    ]);
  });

  it('blames the module whose frame is topmost, and nobody for the shell’s own stack', () => {
    const locations = codeLocations(entries, BASE);
    expect(attributeToArea(MODULE_STACK, locations)?.area).to.equal('profile');
    expect(
      attributeToArea(`x\n at a (https://cdn.example.fi/radar/2.0.0/1.js:1:1)\n at b (${BASE}/../modules/profile/2.js)`, locations)?.area,
    ).to.equal('radar');
    expect(attributeToArea(SHELL_STACK, locations)).to.equal(undefined);
    expect(attributeToArea('', locations)).to.equal(undefined);
  });

  it('reports an uncaught error from a module’s file as that version’s runtime error', () => {
    const { target, reports, stop } = watch();
    const error = errorWithStack(MODULE_STACK);
    target.dispatchEvent(
      new ErrorEvent('error', {
        error,
        message: error.message,
        filename: 'http://portal.test/modules/profile/__federation_expose_app.1234abcd.js',
      }),
    );
    stop();
    expect(reports).to.have.length(1);
    expect(reports[0]).to.include({ area: 'profile', version: '1.2.0', kind: 'runtime', error });
  });

  it('reports an unhandled rejection whose stack points into a module', () => {
    const { target, reports, stop } = watch();
    const reason = errorWithStack(MODULE_STACK.replace('/modules/profile/', '/modules/radar/'));
    target.dispatchEvent(new PromiseRejectionEvent('unhandledrejection', { promise: Promise.resolve(), reason }));
    stop();
    expect(reports.map((report) => [report.area, report.version, report.kind])).to.deep.equal([['radar', '2.0.0', 'runtime']]);
  });

  it('never reports the shell’s errors, errors nobody can place, or anything after stopping', () => {
    const { target, reports, stop } = watch();
    target.dispatchEvent(new ErrorEvent('error', { error: errorWithStack(SHELL_STACK), filename: 'http://portal.test/main.4ca8fb28.js' }));
    // A script from another origin without CORS: the browser says only "Script error."
    target.dispatchEvent(new ErrorEvent('error', { message: 'Script error.' }));
    target.dispatchEvent(new PromiseRejectionEvent('unhandledrejection', { promise: Promise.resolve(), reason: 'a string, no stack' }));
    target.dispatchEvent(new PromiseRejectionEvent('unhandledrejection', { promise: Promise.resolve(), reason: undefined }));
    stop();
    target.dispatchEvent(new ErrorEvent('error', { error: errorWithStack(MODULE_STACK) }));
    expect(reports).to.deep.equal([]);
  });

  it('survives an error whose stack cannot be read, and a reporter that throws', () => {
    const target = new EventTarget();
    const stop = watchModuleErrors(entries, {
      base: BASE,
      target,
      report: () => {
        throw new Error('reporting broke');
      },
    });
    const hostile = {
      get stack(): string {
        throw new Error('no stack for you');
      },
    };
    expect(() =>
      target.dispatchEvent(new PromiseRejectionEvent('unhandledrejection', { promise: Promise.resolve(), reason: hostile })),
    ).not.to.throw();
    expect(() => target.dispatchEvent(new ErrorEvent('error', { error: errorWithStack(MODULE_STACK) }))).not.to.throw();
    stop();
  });
});
