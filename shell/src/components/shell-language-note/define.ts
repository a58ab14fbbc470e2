import { defineElement } from '@portal/shared-contracts';
import { ShellLanguageNote } from './shell-language-note.js';

/** Registered when first needed (at a sign-in), not with the shell's other elements. */
export function defineLanguageNote(): void {
  defineElement('shell-language-note', ShellLanguageNote);
}

declare global {
  interface HTMLElementTagNameMap {
    'shell-language-note': ShellLanguageNote;
  }
}
