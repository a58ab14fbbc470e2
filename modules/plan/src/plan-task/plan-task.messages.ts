import { defineMessages } from '@portal/shared-contracts';
import type { PlanError } from '@portal/shared-contracts/plan';
import { withAreaMessages } from '../area.js';
import type { OUTCOME_REQUIRED } from './report-model.js';

/** The task page's own words, with the area's (statuses, outcomes, a task's facts: area.messages.ts) and the kit's. */
export const messages = withAreaMessages(
  defineMessages({
    fi: {
      titleEdit: 'Ilmoita tehtävän toteutumisesta',
      titleCheck: 'Tarkista ilmoituksesi',
      titleReceipt: 'Ilmoitus on vastaanotettu',
      notFoundTitle: 'Tehtävää ei löytynyt',
      notFoundText: 'Tehtävää ei löytynyt. Se on voitu poistaa suunnitelmasta, tai osoite on väärä.',
      loading: 'Ladataan tehtävää…',
      factsHeading: 'Tehtävän tiedot',
      planName: 'Suunnitelma',
      legend: 'Teitkö tehtävän?',
      choiceDone: 'Kyllä, tein tehtävän',
      choiceNotDone: 'En tehnyt tehtävää',
      doneLabel: 'Miten teit sen?',
      doneHint: 'Kerro lyhyesti, mitä teit ja milloin.',
      notDoneLabel: 'Miksi tehtävä jäi tekemättä?',
      notDoneHint: 'Kerro syy omin sanoin. Työllisyysalueesi asiantuntija lukee sen.',
      alreadyReported: 'Olet jo ilmoittanut tämän tehtävän toteutumisesta. Siitä ei tarvitse ilmoittaa uudelleen.',
      notInForce: 'Tästä tehtävästä ei voi ilmoittaa, koska sen suunnitelma ei ole voimassa.',
      checkIntro: 'Tarkista ilmoitus ennen kuin lähetät sen.',
      rowTask: 'Tehtävä',
      rowOutcome: 'Toteutuminen',
      rowHow: 'Miten teit sen',
      rowWhy: 'Miksi se jäi tekemättä',
      send: 'Lähetä ilmoitus',
      receiptHeading: 'Vastaanotettu {time}',
      receiptNext: 'Ilmoituksesi näkyy suunnitelmassa tehtävän kohdalla.',
      sendFailed: 'Ilmoitusta ei saatu lähetettyä. Mitään ei ole kadonnut; yritä uudelleen.',
      changedMeanwhile:
        'Tehtävästä ei voi enää ilmoittaa: siitä on jo ilmoitettu tai suunnitelma ei ole enää voimassa, esimerkiksi toisen välilehden tai vanhan Oma asiointi -palvelun kautta. Alla on tehtävän uusin tilanne.',
      keptHeading: 'Ilmoitus, jota ei lähetetty',
      keptText: 'Tässä on se, mitä olit ilmoittamassa. Voit kopioida sen talteen.',
    },
    sv: {
      titleEdit: 'Anmäl hur uppgiften har genomförts',
      titleCheck: 'Kontrollera din anmälan',
      titleReceipt: 'Anmälan har tagits emot',
      notFoundTitle: 'Uppgiften hittades inte',
      notFoundText: 'Uppgiften hittades inte. Den kan ha tagits bort ur planen, eller så är adressen fel.',
      loading: 'Uppgiften hämtas…',
      factsHeading: 'Uppgifter om uppgiften',
      planName: 'Plan',
      legend: 'Gjorde du uppgiften?',
      choiceDone: 'Ja, jag gjorde uppgiften',
      choiceNotDone: 'Nej, jag gjorde inte uppgiften',
      doneLabel: 'Hur gjorde du det?',
      doneHint: 'Berätta kort vad du gjorde och när.',
      notDoneLabel: 'Varför blev uppgiften inte gjord?',
      notDoneHint: 'Berätta skälet med egna ord. En expert vid ditt sysselsättningsområde läser det.',
      alreadyReported: 'Du har redan anmält hur uppgiften har genomförts. Du behöver inte anmäla det på nytt.',
      notInForce: 'Det går inte att anmäla den här uppgiften, eftersom planen inte gäller.',
      checkIntro: 'Kontrollera anmälan innan du skickar den.',
      rowTask: 'Uppgift',
      rowOutcome: 'Genomförande',
      rowHow: 'Hur du gjorde det',
      rowWhy: 'Varför den inte blev gjord',
      send: 'Skicka anmälan',
      receiptHeading: 'Mottagen {time}',
      receiptNext: 'Din anmälan syns i planen vid uppgiften.',
      sendFailed: 'Anmälan kunde inte skickas. Ingenting har gått förlorat; försök igen.',
      changedMeanwhile:
        'Uppgiften kan inte längre anmälas: den har redan anmälts eller planen gäller inte längre, till exempel via en annan flik eller de gamla Mina ärenden. Nedan ser du uppgiftens senaste läge.',
      keptHeading: 'Anmälan som inte skickades',
      keptText: 'Här är det du höll på att anmäla. Du kan kopiera det.',
    },
    en: {
      titleEdit: 'Report on a task',
      titleCheck: 'Check your report',
      titleReceipt: 'Report received',
      notFoundTitle: 'Task not found',
      notFoundText: 'The task was not found. It may have been removed from the plan, or the address is wrong.',
      loading: 'Loading the task…',
      factsHeading: 'About the task',
      planName: 'Plan',
      legend: 'Did you do the task?',
      choiceDone: 'Yes, I did the task',
      choiceNotDone: 'No, I did not do the task',
      doneLabel: 'How did you do it?',
      doneHint: 'Tell briefly what you did and when.',
      notDoneLabel: 'Why was it not done?',
      notDoneHint: 'Give the reason in your own words. An adviser at your employment area reads it.',
      alreadyReported: 'You have already reported on this task. You do not need to report on it again.',
      notInForce: 'This task cannot be reported on, because its plan is not in force.',
      checkIntro: 'Check the report before you send it.',
      rowTask: 'Task',
      rowOutcome: 'Outcome',
      rowHow: 'How you did it',
      rowWhy: 'Why it was not done',
      send: 'Send the report',
      receiptHeading: 'Received {time}',
      receiptNext: 'Your report shows in the plan with the task.',
      sendFailed: 'The report could not be sent. Nothing has been lost; please try again.',
      changedMeanwhile:
        'The task can no longer be reported on: it has been reported already or the plan is no longer in force, for example through another tab or the old My e-services. Below is the task as it is now.',
      keptHeading: 'The report that was not sent',
      keptText: 'Here is what you were about to report. You can copy it.',
    },
  }),
);

export type MessageKey = keyof (typeof messages)['fi'];

/** The codes a task report can get back (the contract's other codes belong to other forms). */
type TaskReportError = Extract<PlanError, 'report.required' | 'reason.required' | 'report.too-long' | 'state.conflict'>;

/** The contract's codes and the page's own, worded for the field they are on. */
export const errorMessages = defineMessages<TaskReportError | typeof OUTCOME_REQUIRED>({
  fi: {
    'outcome.required': 'Valitse, teitkö tehtävän.',
    'report.required': 'Kerro kohdassa "Miten teit sen?", miten teit tehtävän.',
    'reason.required': 'Kerro kohdassa "Miksi tehtävä jäi tekemättä?", miksi et tehnyt tehtävää.',
    'report.too-long': 'Ilmoituksessa voi olla enintään {max} merkkiä. Lyhennä tekstiä.',
    'state.conflict': 'Tehtävästä ei voi enää ilmoittaa. Tarkista sen tilanne.',
  },
  sv: {
    'outcome.required': 'Välj om du gjorde uppgiften.',
    'report.required': 'Berätta under "Hur gjorde du det?" hur du gjorde uppgiften.',
    'reason.required': 'Berätta under "Varför blev uppgiften inte gjord?" varför du inte gjorde uppgiften.',
    'report.too-long': 'Anmälan får ha högst {max} tecken. Korta ner texten.',
    'state.conflict': 'Uppgiften kan inte längre anmälas. Kontrollera dess läge.',
  },
  en: {
    'outcome.required': 'Select whether you did the task.',
    'report.required': 'Enter how you did the task under "How did you do it?".',
    'reason.required': 'Enter why you did not do the task under "Why was it not done?".',
    'report.too-long': 'The report can have at most {max} characters. Shorten the text.',
    'state.conflict': 'The task can no longer be reported on. Check its status.',
  },
});
