import { portalBus, SignInTopic } from '@portal/shared-contracts';
import type { ShellHeader } from '../components/shell-header/shell-header.js';
import type { ShellSessionDialog } from '../components/shell-session-dialog/shell-session-dialog.js';
import { SignInRequestEvent, SignOutRequestEvent } from '../events.js';
import { currentLocale, t } from '../i18n/translate.js';
import { signIn, signOut } from './session-broker.js';
import type { SessionLifecycle } from './session-lifecycle.js';

/**
 * Answers the person's requests to sign in (from the shell's pages or a module, on the bus) and to
 * sign out. `status` is the shell's live region, where a failed sign-out is said.
 */
export function handleSessionRequests(
  header: ShellHeader,
  status: HTMLElement,
  dialog: ShellSessionDialog,
  lifecycle: SessionLifecycle,
): void {
  document.addEventListener(SignInRequestEvent.eventName, () => {
    signIn(window.location.pathname + window.location.search, currentLocale());
  });
  document.addEventListener(SignOutRequestEvent.eventName, () => {
    header.busy = true;
    status.textContent = '';
    dialog.open = false;
    signOut()
      .then((idpLogoutUrl) => {
        lifecycle.announceSignOut();
        // The identity provider ends its own session and sends the browser back to "/?signedout=1".
        window.location.assign(idpLogoutUrl);
      })
      .catch((error: unknown) => {
        console.error('Sign-out failed', error);
        status.textContent = t('signOutFailed');
      })
      .finally(() => {
        header.busy = false;
      });
  });
  portalBus.subscribe(SignInTopic, ({ returnTo }) => signIn(returnTo, currentLocale()));
}
