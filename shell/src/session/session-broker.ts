import {
  CustomerTopic,
  fetchJson,
  LogoutResponseSchema,
  portalBus,
  SessionInfoSchema,
  SessionTopic,
  type SessionInfo,
} from '@portal/shared-contracts';
import { followPersonLanguage } from './person-language.js';

/**
 * The shell is the only part of the portal that talks to the session endpoints. It turns the
 * backend's answer into the session and customer topics that every module renders from.
 */
export type SignedOutReason = 'sign-out' | 'expired' | 'never';

export function publishSession(info: SessionInfo, reason?: SignedOutReason): void {
  // Before the topics: the areas that mount for the person then render in their language at once.
  followPersonLanguage(info);
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

/** Asks whether the session still lives, without extending it (the server enforces the limits). */
export function sessionStatus(): Promise<SessionInfo> {
  return fetchJson('/api/session/status', SessionInfoSchema, { cache: 'no-store' });
}

/** The "continue" of the timeout warning: any request extends the idle time; this one says so. */
export function extendSession(): Promise<SessionInfo> {
  return fetchJson('/api/session/extend', SessionInfoSchema, { method: 'POST' });
}

/** Full-page redirect to the identification: the backend starts the flow and returns to `returnTo`. */
export function signIn(returnTo: string, locale: string): void {
  const target = returnTo.startsWith('/') && !returnTo.startsWith('//') ? returnTo : '/';
  window.location.assign(`/auth/login?returnTo=${encodeURIComponent(target)}&lang=${encodeURIComponent(locale)}`);
}

/**
 * Ends the session on the server, then tells the bus. Returns the identity provider's logout
 * address, which the browser visits next so the sign-out reaches the IdP too.
 */
export async function signOut(): Promise<string> {
  const { idpLogoutUrl } = await fetchJson('/auth/logout', LogoutResponseSchema, { method: 'POST' });
  publishSession({ authenticated: false }, 'sign-out');
  return idpLogoutUrl;
}
