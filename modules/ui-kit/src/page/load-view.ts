import { html, nothing, type TemplateResult } from 'lit';
import { LoadState } from './load-controller.js';

// What a page shows around its data while a LoadController reads it: the same on every area's front
// page and item page, so a person meets one loading line and one failure notice across the portal.

/** The words around a read: while it is on its way, when it failed, and the retry button. */
export interface LoadWords {
  readonly loading: string;
  readonly failed: string;
  readonly retry: string;
}

/** A read that failed: what happened and a retry button (class `retry`, which `focusRetryOnFailure` focuses). */
export function loadFailedNotice(message: string, retryLabel: string, onRetry: () => void): TemplateResult {
  return html`<div class="notice error" role="alert">
    <p>${message}</p>
    <button class="button retry" type="button" @click=${onRetry}>${retryLabel}</button>
  </div>`;
}

/**
 * The data as `loaded` draws it once read; before that a polite "loading" line, and after a failure
 * the notice with its retry (`load.run()`). "Not found" is a page's own to say (it has no retry).
 */
export function loadView<T>(
  load: { readonly state: LoadState; readonly value: T | undefined; run(): Promise<void> },
  words: LoadWords,
  loaded: (value: T) => TemplateResult | typeof nothing,
): TemplateResult | typeof nothing {
  if (load.state === LoadState.failed) return loadFailedNotice(words.failed, words.retry, () => void load.run());
  if (load.state === LoadState.loaded && load.value !== undefined) return loaded(load.value);
  return load.state === LoadState.loaded ? nothing : html`<p role="status" aria-live="polite">${words.loading}</p>`;
}

/**
 * A LoadController's `settled` that moves focus to the retry button after a failure, so the person
 * hears what happened and can act (WCAG 2.4.3); `when` narrows it (only while the page shows the notice).
 */
export function focusRetryOnFailure(
  host: { readonly renderRoot: ParentNode },
  when: () => boolean = () => true,
): (state: LoadState) => void {
  return (state) => {
    if (state === LoadState.failed && when()) host.renderRoot.querySelector<HTMLElement>('.retry')?.focus();
  };
}
