import { expect } from '@open-wc/testing';
import { ModuleFederation } from '@module-federation/enhanced/runtime';
import { isFederated, type FederatedEntry } from '@portal/shared-contracts';
import { registryEntry } from '../testing/registry-fixtures.js';
import type { PendingReport } from './report-later.js';
import { findMismatch, sharedMismatchPlugin, type ResolvedShare } from './shared-mismatch.js';

const entries = [
  registryEntry('job-search', '/job-search', {
    implementation: {
      kind: 'federated',
      remoteName: 'portal_job_search',
      version: '1.2.0',
      manifestUrl: '/modules/job-search/mf-manifest.json',
      exposes: './app',
    },
  }),
];
const modules = new Map<string, FederatedEntry>(entries.filter(isFederated).map((entry) => [entry.implementation.remoteName, entry]));

/**
 * What the runtime's `resolveShare` hook receives when a module built against a future lit (its
 * remote entry says `requiredVersion: "^9.0.0"`) is given the page's lit 3.3.3.
 */
function resolving(
  overrides: { from?: string; requiredVersion?: string | false; singleton?: boolean; version?: string; pkgName?: string } = {},
): ResolvedShare {
  return {
    pkgName: overrides.pkgName ?? 'lit',
    version: overrides.version ?? '3.3.3',
    shareInfo: {
      from: overrides.from ?? 'portal_job_search',
      shareConfig: { singleton: overrides.singleton ?? true, requiredVersion: overrides.requiredVersion ?? '^9.0.0' },
    },
  };
}

type Hook = (args: ResolvedShare) => ResolvedShare;

describe('reporting: shared singleton mismatch', () => {
  it('finds a module’s singleton outside its range, and nothing else', () => {
    expect(findMismatch(resolving(), modules)).to.deep.equal({
      area: 'job-search',
      version: '1.2.0',
      pkgName: 'lit',
      required: '^9.0.0',
      provided: '3.3.3',
    });
    expect(findMismatch(resolving({ requiredVersion: '^3.3.0' }), modules)).to.equal(undefined);
    expect(findMismatch(resolving({ singleton: false }), modules)).to.equal(undefined);
    expect(findMismatch(resolving({ requiredVersion: false }), modules)).to.equal(undefined);
    // The shell resolving its own share is not a module's problem.
    expect(findMismatch(resolving({ from: 'portal_shell' }), modules)).to.equal(undefined);
  });

  it('warns once per module and package with what was expected and provided, reports it, and changes nothing', () => {
    const warnings: string[] = [];
    const reports: PendingReport[] = [];
    const plugin = sharedMismatchPlugin(entries, { warn: (message) => warnings.push(message), report: (report) => reports.push(report) });
    const hook = plugin.resolveShare as unknown as Hook;
    const args = resolving();
    expect(hook(args)).to.equal(args);
    hook(resolving());
    hook(resolving({ pkgName: '@portal/shared-contracts', requiredVersion: '^2.0.0', version: '1.0.0' }));
    const message = 'Module job-search 1.2.0 asked for lit ^9.0.0; the page shares lit 3.3.3. It may misbehave; the portal keeps running.';
    expect(warnings).to.deep.equal([
      message,
      'Module job-search 1.2.0 asked for @portal/shared-contracts ^2.0.0; the page shares @portal/shared-contracts 1.0.0. It may misbehave; the portal keeps running.',
    ]);
    expect(reports[0]).to.deep.equal({ area: 'job-search', version: '1.2.0', kind: 'shared-mismatch', message });
    expect(reports).to.have.length(2);
  });

  it('never breaks the loading it looks at', () => {
    const plugin = sharedMismatchPlugin(entries, {
      warn: () => {
        throw new Error('console gone');
      },
    });
    const hook = plugin.resolveShare as unknown as (args: unknown) => unknown;
    const args = resolving();
    expect(hook(args)).to.equal(args);
    const odd = { shareInfo: null };
    expect(hook(odd)).to.equal(odd);
  });

  it('is called by the real Module Federation runtime when a module that asks for lit ^9 resolves lit 3.3.3', async () => {
    const warnings: string[] = [];
    const reports: PendingReport[] = [];
    const plugin = sharedMismatchPlugin(entries, { warn: (message) => warnings.push(message), report: (report) => reports.push(report) });
    const pageLit = { version: '3.3.3' };
    // A module's container as its remote entry sets it up (a build of lit 3.3.3 whose range was
    // edited to ^9.0.0, as the e2e test does to a real remote entry); 3.3.3 is all there is.
    const container = new ModuleFederation({
      name: 'portal_job_search',
      remotes: [],
      shared: { lit: { version: '3.3.3', lib: () => pageLit, shareConfig: { singleton: true, requiredVersion: '^9.0.0' } } },
      plugins: [plugin],
    });
    const lit = await container.loadShare<typeof pageLit>('lit');
    expect(lit && lit()).to.equal(pageLit, 'the runtime still gives the one lit there is');
    expect(warnings).to.deep.equal([
      'Module job-search 1.2.0 asked for lit ^9.0.0; the page shares lit 3.3.3. It may misbehave; the portal keeps running.',
    ]);
    expect(reports.map((report) => report.kind)).to.deep.equal(['shared-mismatch']);
  });
});
