import { formatMessage, type Locale } from '@portal/shared-contracts';
import { OPEN_REQUEST_STATES, type RequestState } from '@portal/shared-contracts/unemployment-security';
import { areaMessages, nextStepMessages } from './area.messages.js';

// A request for clarification's state in words, as the front page, the request page and the
// answer's receipt all say it.

/** A request's state in words ("Odottaa vastaustasi"). */
export function stateLabel(state: RequestState, locale: Locale): string {
  return areaMessages[locale][`state.${state}`];
}

/**
 * What happens next in a state, with the return date in the person's format. `overdue`: the return
 * date has passed, so "answer by 4.12." would ask for the impossible; an unanswered request then says
 * the time ended and that a late answer is still taken.
 */
export function nextStepText(state: RequestState, returnDate: string, locale: Locale, overdue = false): string {
  const key = state === 'awaiting-answer' && overdue ? 'awaiting-answer.late' : state;
  return formatMessage(nextStepMessages[locale][key], { date: returnDate });
}

/** States in which the person is expected to act: answer, or send the missing attachments. */
export function isOpenState(state: RequestState): boolean {
  return (OPEN_REQUEST_STATES as readonly string[]).includes(state);
}
