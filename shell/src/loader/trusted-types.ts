import { isFederated, type RegistryEntry } from '@portal/shared-contracts';

interface TrustedTypePolicyFactoryLike {
  createPolicy(name: string, rules: { createScriptURL?: (input: string) => string }): unknown;
}

/** The origins scripts may come from: the portal's own and those of the modules in the registry. */
export function allowedScriptOrigins(entries: readonly RegistryEntry[], base: string): Set<string> {
  const origins = new Set([new URL(base).origin]);
  // Legacy pages run in their own frame: they load no script into this page.
  for (const entry of entries.filter(isFederated)) origins.add(new URL(entry.implementation.manifestUrl, base).origin);
  return origins;
}

/**
 * Under the Content-Security-Policy's `require-trusted-types-for 'script'`, every script URL the
 * page creates must pass a policy. Our bundles use their own "portal" policy (rspack's
 * output.trustedTypes) and lit its "lit-html" one; the Module Federation runtime assigns plain
 * strings to `script.src`, which go through this default policy: it lets through only URLs on the
 * origins the registry names and refuses anything else. Browsers without Trusted Types skip it.
 */
export function installDefaultTrustedTypesPolicy(origins: ReadonlySet<string>, base = window.location.href): void {
  const factory = (window as unknown as { trustedTypes?: TrustedTypePolicyFactoryLike }).trustedTypes;
  if (!factory) return;
  try {
    factory.createPolicy('default', {
      createScriptURL: (input: string) => {
        const url = new URL(input, base);
        if (!origins.has(url.origin)) throw new TypeError(`Script from ${url.origin} is not in the module registry`);
        return url.href;
      },
    });
  } catch (error) {
    // A second shell start on the same page (tests) finds the policy already there; that one stands.
    console.warn('Trusted Types default policy not installed', error);
  }
}
