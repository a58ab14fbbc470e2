/** What one tab of the portal tells the others about the session. */
export type TabMessage =
  { readonly type: 'signed-out' } | { readonly type: 'signed-in' } | { readonly type: 'activity'; readonly expiresAt: string };

const CHANNEL = 'portal.session.v1';

function isTabMessage(value: unknown): value is TabMessage {
  if (typeof value !== 'object' || value === null) return false;
  const message = value as { type?: unknown; expiresAt?: unknown };
  return (
    message.type === 'signed-out' || message.type === 'signed-in' || (message.type === 'activity' && typeof message.expiresAt === 'string')
  );
}

/**
 * Keeps the portal's tabs in step: a sign-out in one ends the session view in all, and activity in
 * one postpones the timeout warning in the others. BroadcastChannel reaches only same-origin tabs
 * of this browser; without it (very old browsers) each tab learns at its next server request.
 */
export class TabSync {
  private readonly channel: BroadcastChannel | undefined;

  constructor(onMessage: (message: TabMessage) => void) {
    if (typeof BroadcastChannel === 'undefined') return;
    this.channel = new BroadcastChannel(CHANNEL);
    this.channel.onmessage = (event: MessageEvent<unknown>) => {
      if (isTabMessage(event.data)) onMessage(event.data);
    };
  }

  post(message: TabMessage): void {
    this.channel?.postMessage(message);
  }
}
