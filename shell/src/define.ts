import { defineElement } from '@portal/shared-contracts';
import { ShellFooter } from './components/shell-footer/shell-footer.js';
import { ShellHeader } from './components/shell-header/shell-header.js';
import type { ShellInfoPage } from './components/shell-info-page/shell-info-page.js';
import { ShellLanguageMenu } from './components/shell-language-menu/shell-language-menu.js';
import { ShellPage } from './components/shell-page/shell-page.js';
import type { ShellSessionDialog } from './components/shell-session-dialog/shell-session-dialog.js';

/** Registers the shell's elements once. */
export function defineShellElements(): void {
  defineElement('shell-header', ShellHeader);
  defineElement('shell-language-menu', ShellLanguageMenu);
  defineElement('shell-footer', ShellFooter);
  defineElement('shell-page', ShellPage);
}

/**
 * The info pages carry long texts in three languages; they load only when one is opened, so the
 * front page does not pay for them.
 */
export async function defineInfoPageElement(): Promise<void> {
  const { ShellInfoPage: element } = await import('./components/shell-info-page/shell-info-page.js');
  defineElement('shell-info-page', element);
}

/** The timeout warning is needed only minutes into a session: its code loads when it is first shown. */
export async function defineSessionDialogElement(): Promise<void> {
  const { ShellSessionDialog: element } = await import('./components/shell-session-dialog/shell-session-dialog.js');
  defineElement('shell-session-dialog', element);
}

declare global {
  interface HTMLElementTagNameMap {
    'shell-header': ShellHeader;
    'shell-language-menu': ShellLanguageMenu;
    'shell-footer': ShellFooter;
    'shell-page': ShellPage;
    'shell-info-page': ShellInfoPage;
    'shell-session-dialog': ShellSessionDialog;
  }
}
