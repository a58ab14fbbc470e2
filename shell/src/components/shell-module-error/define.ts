import { defineElement } from '@portal/shared-contracts';
import { ShellModuleError } from './shell-module-error.js';

/**
 * Registered by the areas' lifecycles (routing/area-lifecycles.ts, a chunk of its own), the only
 * code that shows it: a page that loads no module, such as the signed-out front page, does not
 * download the notice of a module that failed to load.
 */
export function defineModuleError(): void {
  defineElement('shell-module-error', ShellModuleError);
}

declare global {
  interface HTMLElementTagNameMap {
    'shell-module-error': ShellModuleError;
  }
}
