import { html, type TemplateResult } from 'lit';
import type { LocaleController } from '@portal/ui-kit/page';
import type { MessageKey } from '../profile-app.messages.js';

/** A section of the page, for the table of contents: the id of its heading and the heading's text. */
export interface ContentsEntry {
  readonly id: string;
  readonly label: MessageKey;
}

/** The sections every profile has; the registration's two come with a registration, training and the start-up grant with applications. */
export function contentsEntries(withRegistration: boolean, withTraining = false, withStartupGrant = false): ContentsEntry[] {
  const entries: ContentsEntry[] = [
    { id: 'basic', label: 'basicData' },
    { id: 'contact', label: 'contactData' },
    { id: 'history', label: 'historyHeading' },
    { id: 'job-seeking', label: 'jobSeeking' },
  ];
  if (withRegistration) entries.push({ id: 'education-work', label: 'educationWork' }, { id: 'sought-work', label: 'soughtWork' });
  if (withTraining) entries.push({ id: 'training', label: 'trainingHeading' });
  if (withStartupGrant) entries.push({ id: 'startup-grant', label: 'startupGrantHeading' });
  return entries;
}

/** The table of contents: its links move to the sections' headings (`jumpTo`). */
export function contents(i18n: LocaleController<MessageKey>, entries: readonly ContentsEntry[], root: ParentNode): TemplateResult {
  return html`<nav class="toc" aria-labelledby="toc-title">
    <h2 id="toc-title">${i18n.t('tocTitle')}</h2>
    <ul>
      ${entries.map((entry) => html`<li><a href="#${entry.id}" @click=${(event: Event) => jumpTo(event, root, entry.id)}>${i18n.t(entry.label)}</a></li>`)}
    </ul>
  </nav>`;
}

/**
 * Fragment links do not reach into shadow DOM, and changing the address's hash would make
 * single-spa reroute (and the shell move focus back to the h1): move to the heading by hand.
 */
function jumpTo(event: Event, root: ParentNode, id: string): void {
  event.preventDefault();
  const heading = root.querySelector<HTMLElement>(`#${id}`);
  if (!heading) return;
  heading.scrollIntoView({ block: 'start' });
  heading.focus({ preventScroll: true });
}
