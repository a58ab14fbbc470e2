import { html, LitElement, nothing, type TemplateResult } from 'lit';
import type { Plan } from '@portal/shared-contracts/plan';
import { followInternalLink, LocaleController } from '@portal/ui-kit/page';
import { baseStyles } from '@portal/ui-kit/styles';
import { DEFAULT_BASE_PATH } from '../area.js';
import { messages, type MessageKey } from './plan-own-proposals.messages.js';
import { styles } from './plan-own-proposals.styles.js';

/**
 * The person's own proposals with the office (submitted) or returned by it, apart from the plan in
 * force and the history: the goal, the tasks with their target dates, the person's message, and
 * the office's comments on a returned one, and from a returned one the way to draft a new proposal
 * (none while another waits: one at a time). Read-only. Its own chunk, which the plan page loads only
 * when there are proposals to show (most visits have none).
 *
 * @summary The person's own plan proposals on the plan page.
 */
export class PlanOwnProposals extends LitElement {
  static override styles = [baseStyles, styles];
  static override properties = { proposals: { attribute: false }, basePath: { attribute: 'base-path' } };

  declare proposals: readonly Plan[];
  /** The area's base path: the new proposal's page is below it. */
  declare basePath: string;

  private readonly i18n = new LocaleController(this, messages);

  constructor() {
    super();
    this.proposals = [];
    this.basePath = DEFAULT_BASE_PATH;
  }

  private t(key: MessageKey, params?: Record<string, string | number>): string {
    return this.i18n.t(key, params);
  }

  private date(value: string): string {
    return this.i18n.date(value);
  }

  protected override render(): TemplateResult | typeof nothing {
    const proposals = this.proposals;
    if (proposals.length === 0) return nothing;
    const language = this.i18n.language;
    const canPropose = !proposals.some((proposal) => proposal.state === 'submitted');
    return html`<section class="own-proposals" aria-labelledby="own-heading">
      <h2 id="own-heading">${this.t('ownProposals')}</h2>
      ${proposals.map((proposal) => {
        const returned = proposal.state === 'returned';
        return html`<article class="own-proposal ${proposal.state}" aria-labelledby="proposal-${proposal.id}" data-id=${proposal.id}>
          <h3 id="proposal-${proposal.id}">${this.t('ownProposalHeading', { date: this.date(proposal.proposedOn) })}</h3>
          <dl class="facts">
            <dt>${this.t('state')}</dt>
            <dd><span class="tag plan-state">${this.t(`state.${proposal.state}`)}</span></dd>
          </dl>
          <p class="lead">${this.t(returned ? 'ownReturned' : 'ownSubmitted')}</p>
          ${
            returned && proposal.officeComments !== null
              ? html`<div class="office-comments">
                <h4>${this.t('officeComments')}</h4>
                <p class="pre-line">${proposal.officeComments}</p>
              </div>`
              : nothing
          }
          <h4>${this.t('goals')}</h4>
          <p class="pre-line">${proposal.goals[language]}</p>
          <h4 id="proposal-tasks-${proposal.id}">${this.t('proposalTasks')}</h4>
          <ul class="proposal-tasks" aria-labelledby="proposal-tasks-${proposal.id}">
            ${proposal.tasks.map(
              (task) => html`<li>
                <span class="task-description">${task.description[language]}</span>
                <span class="target-date">${this.t('targetDate', { date: this.date(task.deadline) })}</span>
              </li>`,
            )}
          </ul>
          ${
            proposal.message !== null && proposal.message.trim() !== ''
              ? html`<h4>${this.t('yourMessage')}</h4>
                <p class="pre-line">${proposal.message}</p>`
              : nothing
          }
          ${
            returned && canPropose
              ? html`<p class="new-proposal">
                <a href=${`${this.basePath}/proposal`} @click=${followInternalLink}>${this.t('newProposal')}</a>
              </p>`
              : nothing
          }
        </article>`;
      })}
    </section>`;
  }
}
