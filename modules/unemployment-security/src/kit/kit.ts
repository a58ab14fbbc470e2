import { html, nothing, type TemplateResult } from 'lit';
import { formatMessage, type Locale } from '@portal/shared-contracts';
import { OPEN_REQUEST_STATES, type Contact, type RequestState } from '@portal/shared-contracts/unemployment-security';
import { daysBetween, helsinkiToday, telHref } from '@portal/ui-kit/page';
import { kitMessages, nextStepMessages, type KitMessageKey } from './kit.messages.js';

/** One of the area's own texts in the person's language. */
export function kitText(locale: Locale, key: KitMessageKey, params?: Readonly<Record<string, string | number>>): string {
  return formatMessage(kitMessages[locale][key], params);
}

/** A request's state in words ("Odottaa vastaustasi"). */
export function stateLabel(state: RequestState, locale: Locale): string {
  return kitMessages[locale][`state.${state}`];
}

/** What happens next in a state, with the return date in the person's format. */
export function nextStepText(state: RequestState, returnDate: string, locale: Locale): string {
  return formatMessage(nextStepMessages[locale][state], { date: returnDate });
}

/** States in which the person is expected to act: answer, or send the missing attachments. */
export function isOpenState(state: RequestState): boolean {
  return (OPEN_REQUEST_STATES as readonly string[]).includes(state);
}

// A return date's tag: the front page's tasks, the request page and the answer form show it by the
// same rule and in the same words.

export type Deadline = { kind: 'left'; days: number } | { kind: 'today' } | { kind: 'passed' };

/** How a return date stands from its days left (the server's count, or `daysLeftUntil`). */
export function deadlineOf(daysLeft: number): Deadline {
  if (daysLeft < 0) return { kind: 'passed' };
  return daysLeft === 0 ? { kind: 'today' } : { kind: 'left', days: daysLeft };
}

/** Days from today in Finland to `day` (yyyy-mm-dd): negative once it has passed. */
export function daysLeftUntil(day: string, today: string = helsinkiToday()): number {
  return daysBetween(today, day);
}

/** The tag in words: "2 päivää aikaa", "Viimeinen päivä on tänään", "Palautuspäivä on mennyt". */
export function deadlineText(deadline: Deadline, locale: Locale): string {
  switch (deadline.kind) {
    case 'passed':
      return kitText(locale, 'returnDatePassed');
    case 'today':
      return kitText(locale, 'dueToday');
    default:
      return deadline.days === 1 ? kitText(locale, 'daysLeftOne') : kitText(locale, 'daysLeft', { count: deadline.days });
  }
}

/** A deadline's tag: grey while there is time, red once the day has passed. */
export function deadlineTag(daysLeft: number, locale: Locale): TemplateResult {
  const deadline = deadlineOf(daysLeft);
  return html`<strong class="tag ${deadline.kind === 'passed' ? 'late' : 'due'}">${deadlineText(deadline, locale)}</strong>`;
}

/**
 * Who gives more information (an office or an official) with their channels as links: `tel:` and
 * `mailto:` open the phone's dialler or the mail program. `id` names its h2 (unique on the page).
 */
export function contactSection(contact: Contact, locale: Locale, id: string): TemplateResult {
  return html`<section class="contact" aria-labelledby=${id}>
    <h2 id=${id}>${kitText(locale, 'contactHeading')}</h2>
    <p class="contact-name">${contact.name[locale]}</p>
    ${contact.phone || contact.email
      ? html`<dl class="facts">
          ${contact.phone
            ? html`<dt>${kitText(locale, 'phone')}</dt>
                <dd><a href=${telHref(contact.phone)}>${contact.phone}</a></dd>`
            : nothing}
          ${contact.email
            ? html`<dt>${kitText(locale, 'email')}</dt>
                <dd><a href="mailto:${contact.email}">${contact.email}</a></dd>`
            : nothing}
        </dl>`
      : nothing}
  </section>`;
}

/** GOV.UK's warning text: a bold sentence behind an exclamation mark, "Warning" said to screen readers. */
export function warningText(text: TemplateResult | string, locale: Locale, className = ''): TemplateResult {
  return html`<div class="warning-text ${className}">
    <span class="icon" aria-hidden="true">!</span>
    <p><strong><span class="visually-hidden">${kitText(locale, 'warning')}: </span>${text}</strong></p>
  </div>`;
}
