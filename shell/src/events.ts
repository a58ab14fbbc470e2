import type { Locale } from '@portal/shared-contracts';

/**
 * The base of a shell event named `name`: it bubbles and is composed, so it leaves the shadow root of
 * the component that fires it and reaches the document, where the bootstrap listens.
 */
function shellEvent<const Name extends string>(name: Name) {
  return class extends Event {
    static readonly eventName = name;
    constructor() {
      super(name, { bubbles: true, composed: true });
    }
  };
}

/** The person chose a language in the language menu. */
export class LocaleSelectEvent extends shellEvent('shell-locale-select') {
  constructor(readonly locale: Locale) {
    super();
  }
}

/** The person asked to sign in (from the header or a sign-in-required page). */
export class SignInRequestEvent extends shellEvent('shell-sign-in-request') {}

/** The person asked to sign out. */
export class SignOutRequestEvent extends shellEvent('shell-sign-out-request') {}

/** The person chose to continue in the session timeout warning. */
export class SessionContinueEvent extends shellEvent('shell-session-continue') {}

/** Use the legacy pages of a service area whose module failed (while the area still has them). */
export class ModuleLegacyEvent extends shellEvent('shell-module-legacy') {}

/** Retry loading a service area whose module failed. */
export class ModuleRetryEvent extends shellEvent('shell-module-retry') {}

// Each event is named on the target it is listened to on: the header's, the menu's and the pages'
// requests on the document (they bubble up to it), the dialog's and the failure notice's answers on
// the element itself.
declare global {
  interface DocumentEventMap {
    'shell-locale-select': LocaleSelectEvent;
    'shell-sign-in-request': SignInRequestEvent;
    'shell-sign-out-request': SignOutRequestEvent;
  }
  interface HTMLElementEventMap {
    'shell-session-continue': SessionContinueEvent;
    'shell-module-retry': ModuleRetryEvent;
    'shell-module-legacy': ModuleLegacyEvent;
  }
}
