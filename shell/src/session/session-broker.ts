import {
  CustomerTopic,
  fetchJson,
  portalBus,
  SessionInfoSchema,
  SessionTopic,
  type SessionInfo,
} from '@portal/shared-contracts';

/**
 * The shell is the only part of the portal that talks to the session endpoints. It turns the
 * backend's answer into the session and customer topics that every module renders from.
 */
export function publishSession(info: SessionInfo, reason?: 'sign-out' | 'expired' | 'never'): void {
  if (info.authenticated) {
    portalBus.publish(CustomerTopic, { customer: info.person });
    portalBus.publish(SessionTopic, { status: 'signed-in', person: { displayName: info.person.displayName } });
  } else {
    portalBus.publish(CustomerTopic, { customer: null });
    portalBus.publish(SessionTopic, reason ? { status: 'signed-out', reason } : { status: 'signed-out' });
  }
}

export async function refreshSession(): Promise<SessionInfo> {
  const info = await fetchJson('/api/session', SessionInfoSchema, { cache: 'no-store' });
  publishSession(info);
  return info;
}

/** Full-page redirect to the identification: the backend starts the flow and returns to `returnTo`. */
export function signIn(returnTo: string, locale: string): void {
  const target = returnTo.startsWith('/') && !returnTo.startsWith('//') ? returnTo : '/';
  window.location.assign(`/auth/login?returnTo=${encodeURIComponent(target)}&lang=${encodeURIComponent(locale)}`);
}

export async function signOut(): Promise<void> {
  const response = await fetch('/auth/logout', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { accept: 'application/json' },
  });
  if (!response.ok && response.status !== 401) throw new Error(`Sign-out answered ${response.status}`);
  publishSession({ authenticated: false }, 'sign-out');
}
