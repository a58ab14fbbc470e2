import { defineMessages } from '@portal/shared-contracts';
import type { PlanState, PlanType, TaskOutcome, TaskStatus } from '@portal/shared-contracts/plan';
import { withUiMessages, type MessagesWith } from '@portal/ui-kit/page';

type TypeKey = `type.${PlanType}`;
type StateKey = `state.${PlanState}`;
type StatusKey = `status.${TaskStatus}`;
type OutcomeKey = `outcome.${TaskOutcome}`;

/**
 * What every page of the area says the same way: the names of a plan's types and states, of a
 * task's statuses and outcomes, and the words of a task's facts. The plan page and the task page
 * both carry them; the kit's own words (`retry`, `loading`…) come with them.
 */
export const areaMessages = withUiMessages(
  defineMessages({
    fi: {
      areaTitle: 'Suunnitelma',
      loadFailed: 'Tietoja ei juuri nyt saatu haettua. Mitään ei ole kadonnut; yritä hetken kuluttua uudelleen.',
      pageFailed: 'Sivua ei juuri nyt saatu avattua. Tarkista verkkoyhteys ja yritä uudelleen. Mitään ei ole kadonnut.',
      backToArea: 'Takaisin suunnitelmaan',
      'type.employment': 'Työllistymissuunnitelma',
      'type.activation': 'Aktivointisuunnitelma',
      'type.integration': 'Kotoutumissuunnitelma',
      'type.multisectoral': 'Monialainen työllistymissuunnitelma',
      'state.proposed': 'Ehdotettu, odottaa hyväksyntääsi',
      'state.accepted': 'Voimassa, hyväksytty',
      'state.draft': 'Luonnos',
      'state.submitted': 'Lähetetty',
      'state.returned': 'Palautettu',
      'state.superseded': 'Korvattu uudella',
      'status.open': 'Avoin',
      'status.reported': 'Ilmoitettu',
      'status.overdue': 'Myöhässä',
      'outcome.done': 'Tehty',
      'outcome.not-done': 'Ei tehty',
      task: 'Tehtävä',
      deadline: 'Määräaika',
      status: 'Tila',
      outcome: 'Toteutuminen',
      report: 'Oma ilmoitus',
      reportedAt: 'Ilmoitettu',
      overdueNote: 'Määräaika on mennyt.',
    },
    sv: {
      areaTitle: 'Plan',
      loadFailed: 'Uppgifterna kunde inte hämtas just nu. Ingenting har gått förlorat; försök igen om en stund.',
      pageFailed: 'Sidan kunde inte öppnas just nu. Kontrollera nätverksanslutningen och försök igen. Ingenting har gått förlorat.',
      backToArea: 'Tillbaka till planen',
      'type.employment': 'Sysselsättningsplan',
      'type.activation': 'Aktiveringsplan',
      'type.integration': 'Integrationsplan',
      'type.multisectoral': 'Sektorsövergripande sysselsättningsplan',
      'state.proposed': 'Föreslagen, väntar på ditt godkännande',
      'state.accepted': 'Gällande, godkänd',
      'state.draft': 'Utkast',
      'state.submitted': 'Skickad',
      'state.returned': 'Returnerad',
      'state.superseded': 'Ersatt av en ny',
      'status.open': 'Öppen',
      'status.reported': 'Anmäld',
      'status.overdue': 'Försenad',
      'outcome.done': 'Gjord',
      'outcome.not-done': 'Inte gjord',
      task: 'Uppgift',
      deadline: 'Tidsfrist',
      status: 'Status',
      outcome: 'Genomförande',
      report: 'Din anmälan',
      reportedAt: 'Anmäld',
      overdueNote: 'Tidsfristen har gått ut.',
    },
    en: {
      areaTitle: 'Plan',
      loadFailed: 'The data could not be fetched just now. Nothing has been lost; please try again in a moment.',
      pageFailed: 'The page could not be opened just now. Check your network connection and try again. Nothing has been lost.',
      backToArea: 'Back to the plan',
      'type.employment': 'Employment plan',
      'type.activation': 'Activation plan',
      'type.integration': 'Integration plan',
      'type.multisectoral': 'Multisectoral employment plan',
      'state.proposed': 'Proposed, waiting for your acceptance',
      'state.accepted': 'In force, accepted',
      'state.draft': 'Draft',
      'state.submitted': 'Submitted',
      'state.returned': 'Returned',
      'state.superseded': 'Replaced by a newer plan',
      'status.open': 'Open',
      'status.reported': 'Reported',
      'status.overdue': 'Overdue',
      'outcome.done': 'Done',
      'outcome.not-done': 'Not done',
      task: 'Task',
      deadline: 'Deadline',
      status: 'Status',
      outcome: 'Outcome',
      report: 'Your report',
      reportedAt: 'Reported',
      overdueNote: 'The deadline has passed.',
    },
  } satisfies MessagesWith<TypeKey | StateKey | StatusKey | OutcomeKey>),
);

export type AreaMessageKey = keyof (typeof areaMessages)['fi'];
