// The operators' /admin-api as the command line tools call it (module-deploy.mjs, registry.mjs).
// Settings (environment): PORTAL_URL (default http://localhost:8080) and ADMIN_TOKEN (default the
// development token of ADMIN_API_TOKENS, public: set your own anywhere real).

export const DEFAULT_PORTAL_URL = 'http://localhost:8080';
/** The development default of ADMIN_API_TOKENS (mock-backend/src/platform/config.ts). */
export const DEFAULT_ADMIN_TOKEN = 'dev-admin-token';

/** A refusal or an unreachable portal: the message is for the operator, as it is. */
export class AdminRefusal extends Error {}

function fail(message) {
  throw new AdminRefusal(message);
}

export function adminSettings() {
  return {
    portalUrl: (process.env.PORTAL_URL || DEFAULT_PORTAL_URL).replace(/\/+$/, ''),
    token: process.env.ADMIN_TOKEN || DEFAULT_ADMIN_TOKEN,
  };
}

/**
 * Calls the admin API; a refusal becomes the API's own message (and the issues it names). A body of
 * bytes (a Uint8Array: a file being uploaded) goes as it is, anything else as JSON.
 */
export async function adminApi({ portalUrl, token }, method, path, body) {
  const bytes = body instanceof Uint8Array;
  let response;
  try {
    response = await fetch(`${portalUrl}/admin-api${path}`, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        ...(body === undefined ? {} : { 'content-type': bytes ? 'application/octet-stream' : 'application/json' }),
      },
      body: body === undefined ? undefined : bytes ? body : JSON.stringify(body),
    });
  } catch (error) {
    fail(`Cannot reach the portal at ${portalUrl} (PORTAL_URL): is the backend running? (${error.cause?.code ?? error.message})`);
  }
  const json = await response.json().catch(() => undefined);
  if (!response.ok) {
    const message = json?.error?.message ?? `${response.status} ${response.statusText}`;
    const details = (json?.error?.details ?? [])
      .map((detail) => `  - ${detail.path ? `${detail.path}: ` : ''}${detail.message}`)
      .join('\n');
    fail(`The portal refused (${response.status}): ${message}${details ? `\n${details}` : ''}`);
  }
  return json;
}
