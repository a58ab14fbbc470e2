import { portalBus, SessionActivityTopic, SessionExpiringTopic, SessionRejectedTopic, type SessionInfo } from '@portal/shared-contracts';
import type { ShellSessionDialog } from '../components/shell-session-dialog/shell-session-dialog.js';
import { defineSessionDialogElement } from '../define.js';
import { SessionContinueEvent } from '../events.js';
import { extendSession, publishSession, refreshSession, sessionStatus } from './session-broker.js';
import { SessionTimer } from './session-timer.js';
import { TabSync } from './tab-sync.js';

export type SessionEndNotice = 'expired' | 'signed-out-elsewhere';

export interface SessionLifecycle {
  /** Tells the other tabs that this one signed out. */
  announceSignOut(): void;
}

/**
 * Activity extends the session: an API answer's new expiry (also told to the other tabs), the
 * dialog's "continue"; a refused request makes the lifecycle ask the server whether it has ended.
 */
function followActivity(
  timer: SessionTimer,
  tabs: TabSync,
  dialog: ShellSessionDialog,
  ended: () => boolean,
  confirmEnded: () => Promise<void>,
): void {
  portalBus.subscribe(SessionActivityTopic, ({ expiresAt }) => {
    if (ended() || timer.endsAt === undefined) return;
    timer.update(expiresAt);
    dialog.open = false;
    tabs.post({ type: 'activity', expiresAt });
  });
  portalBus.subscribe(SessionRejectedTopic, () => void confirmEnded());
  dialog.addEventListener(SessionContinueEvent.eventName, () => {
    extendSession().catch(() => void confirmEnded());
  });
}

/**
 * The session between sign-in and sign-out, as the person experiences it: the timeout warning
 * before the idle end, the end itself (confirmed with the server, which enforces it), and the other
 * tabs kept in step. Modules learn every change from the session topic on the bus.
 */
export function startSessionLifecycle(
  initial: SessionInfo | undefined,
  dialog: ShellSessionDialog,
  onEnded: (notice: SessionEndNotice) => void,
): SessionLifecycle {
  let ended = false;

  const end = (notice: SessionEndNotice): void => {
    if (ended) return;
    ended = true;
    timer.stop();
    dialog.open = false;
    // The shell prepares the page (notice, focus) before the bus makes the areas go away.
    onEnded(notice);
    publishSession({ authenticated: false }, notice === 'expired' ? 'expired' : 'sign-out');
  };

  /** At the moment the session should have ended, or when the server refused it: ask, don't assume. */
  const confirmEnded = async (): Promise<void> => {
    if (ended) return;
    try {
      const status = await sessionStatus();
      if (status.authenticated) timer.update(status.expiresAt, status.absoluteExpiresAt);
      else end('expired');
    } catch {
      // The backend is unreachable: keep the view (nothing typed is thrown away) and ask again soon.
      setTimeout(() => void confirmEnded(), 15_000);
    }
  };

  const timer = new SessionTimer({
    onWarn: (endsAt, canExtend) => {
      portalBus.publish(SessionExpiringTopic, { expiresAt: endsAt.toISOString() });
      void defineSessionDialogElement().then(() => {
        if (ended) return;
        dialog.endsAt = endsAt;
        dialog.canExtend = canExtend;
        dialog.open = true;
      });
    },
    onEnd: () => void confirmEnded(),
  });

  const tabs = new TabSync((message) => {
    switch (message.type) {
      case 'activity':
        if (!ended) {
          timer.update(message.expiresAt);
          dialog.open = false;
        }
        return;
      case 'signed-out':
        end('signed-out-elsewhere');
        return;
      case 'signed-in':
        // Another tab signed in: this one follows without a reload.
        if (ended || !initial?.authenticated) {
          void refreshSession().then((info) => {
            if (!info.authenticated) return;
            ended = false;
            timer.update(info.expiresAt, info.absoluteExpiresAt);
          });
        }
        return;
    }
  });

  if (initial?.authenticated) {
    timer.update(initial.expiresAt, initial.absoluteExpiresAt);
    tabs.post({ type: 'signed-in' });
  }

  followActivity(timer, tabs, dialog, () => ended, confirmEnded);
  return { announceSignOut: () => tabs.post({ type: 'signed-out' }) };
}
