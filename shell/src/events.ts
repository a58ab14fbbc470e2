import type { Locale } from '@portal/shared-contracts';

/** The person chose a language in the language menu. */
export class LocaleSelectEvent extends Event {
  static readonly eventName = 'shell-locale-select';
  constructor(readonly locale: Locale) {
    super(LocaleSelectEvent.eventName, { bubbles: true, composed: true });
  }
}

/** The person asked to sign in (from the header or a sign-in-required page). */
export class SignInRequestEvent extends Event {
  static readonly eventName = 'shell-sign-in-request';
  constructor() {
    super(SignInRequestEvent.eventName, { bubbles: true, composed: true });
  }
}

/** The person asked to sign out. */
export class SignOutRequestEvent extends Event {
  static readonly eventName = 'shell-sign-out-request';
  constructor() {
    super(SignOutRequestEvent.eventName, { bubbles: true, composed: true });
  }
}

/** The person chose to continue in the session timeout warning. */
export class SessionContinueEvent extends Event {
  static readonly eventName = 'shell-session-continue';
  constructor() {
    super(SessionContinueEvent.eventName, { bubbles: true, composed: true });
  }
}

/** Use the legacy pages of a service area whose module failed (while the area still has them). */
export class ModuleLegacyEvent extends Event {
  static readonly eventName = 'shell-module-legacy';
  constructor() {
    super(ModuleLegacyEvent.eventName, { bubbles: true, composed: true });
  }
}

/** Retry loading a service area whose module failed. */
export class ModuleRetryEvent extends Event {
  static readonly eventName = 'shell-module-retry';
  constructor() {
    super(ModuleRetryEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface DocumentEventMap {
    'shell-locale-select': LocaleSelectEvent;
    'shell-sign-in-request': SignInRequestEvent;
    'shell-sign-out-request': SignOutRequestEvent;
    'shell-module-retry': ModuleRetryEvent;
    'shell-session-continue': SessionContinueEvent;
  }
  interface HTMLElementEventMap {
    'shell-locale-select': LocaleSelectEvent;
    'shell-sign-in-request': SignInRequestEvent;
    'shell-sign-out-request': SignOutRequestEvent;
    'shell-module-retry': ModuleRetryEvent;
    'shell-session-continue': SessionContinueEvent;
  }
}
