import { defineMessages } from '@portal/shared-contracts';
import type { PlanError } from '@portal/shared-contracts/plan';
import { withAreaMessages } from '../area.js';
import type { TARGET_DATE_REQUIRED } from './proposal-model.js';

/**
 * The own proposal page's words, with the area's and the kit's. The backend's words for the same
 * thing (mock-backend/src/areas/plan/proposals.ts: "the adviser handles your proposal and answers
 * you in this service") where they fit.
 */
export const messages = withAreaMessages(
  defineMessages({
    fi: {
      titleEdit: 'Laadi oma suunnitelmaehdotus',
      titleCheck: 'Tarkista ehdotuksesi',
      titleReceipt: 'Ehdotuksesi on lähetetty',
      loading: 'Ladataan…',
      intro:
        'Voit ehdottaa työllisyysalueellesi omaa suunnitelmaa: mihin pyrit ja mitä teet sen eteen. Asiantuntija käsittelee ehdotuksesi ja joko hyväksyy sen tai palauttaa sen kommenttiensa kanssa.',
      goalLabel: 'Tavoitteesi',
      goalHint: 'Kerro, millaista työtä tai koulutusta tavoittelet.',
      tasksHeading: 'Tehtävät',
      tasksHint: 'Kerro, mitä aiot tehdä ja mihin päivään mennessä. Voit ehdottaa enintään {max} tehtävää.',
      taskLegend: 'Tehtävä {n}',
      descriptionLabel: 'Mitä teet?',
      targetDateLabel: 'Tavoitepäivä',
      targetDateHint: 'Päivä, johon mennessä aiot tehdä tehtävän. Aikaisintaan tänään.',
      addTask: 'Lisää tehtävä',
      removeTask: 'Poista tehtävä {n}',
      taskRemoved: 'Tehtävä {n} poistettiin.',
      tasksAtMax: 'Olet lisännyt enimmäismäärän, {max} tehtävää. Jos haluat lisätä uuden, poista ensin jokin tehtävä.',
      messageLabel: 'Viesti asiantuntijalle',
      messageHint: 'Voit kertoa ehdotuksestasi lisää tai kysyä jotain.',
      checkIntro: 'Tarkista ehdotuksesi ennen kuin lähetät sen. Lähetettyä ehdotusta ei voi muuttaa.',
      targetDateShort: 'Tavoitepäivä {date}',
      noMessage: 'Ei viestiä',
      send: 'Lähetä ehdotus',
      receiptHeading: 'Vastaanotettu {time}',
      nextHeading: 'Mitä seuraavaksi tapahtuu',
      nextText:
        'Asiantuntija käsittelee ehdotuksesi ja vastaa sinulle tässä palvelussa. Näet ehdotuksesi ja vastauksen Suunnitelma-sivulla. Jos asiantuntija hyväksyy ehdotuksesi, siitä tulee voimassa oleva suunnitelmasi.',
      pending:
        'Ehdotusta ei lähetetty, koska aiempi ehdotuksesi on vielä asiantuntijan käsiteltävänä. Voit lähettää uuden ehdotuksen, kun olet saanut vastauksen. Kirjoittamasi tiedot ovat tallessa alla.',
      waitingHeading: 'Aiempi ehdotuksesi odottaa vielä käsittelyä',
      waitingText:
        'Lähetit ehdotuksen {date}. Asiantuntija käsittelee sen ja vastaa sinulle tässä palvelussa. Voit laatia uuden ehdotuksen, kun olet saanut vastauksen.',
      seeProposals: 'Katso ehdotuksesi Suunnitelma-sivulla',
      returnedPrefilled:
        'Asiantuntija palautti edellisen ehdotuksesi {date}. Lomakkeessa on valmiina sen tiedot, joita voit muokata. Menneet tavoitepäivät on jätetty tyhjiksi.',
      returnedHeading: 'Edellinen ehdotuksesi palautettiin',
      officeComments: 'Asiantuntijan kommentit',
      startEmpty: 'Aloita tyhjästä lomakkeesta',
    },
    sv: {
      titleEdit: 'Gör ett eget planförslag',
      titleCheck: 'Kontrollera ditt förslag',
      titleReceipt: 'Ditt förslag har skickats',
      loading: 'Uppgifterna hämtas…',
      intro:
        'Du kan föreslå en egen plan för ditt sysselsättningsområde: vad du siktar på och vad du gör för att nå dit. Experten behandlar ditt förslag och godkänner det eller returnerar det med sina kommentarer.',
      goalLabel: 'Ditt mål',
      goalHint: 'Berätta vilket slags arbete eller utbildning du siktar på.',
      tasksHeading: 'Uppgifter',
      tasksHint: 'Berätta vad du tänker göra och till vilken dag. Du kan föreslå högst {max} uppgifter.',
      taskLegend: 'Uppgift {n}',
      descriptionLabel: 'Vad gör du?',
      targetDateLabel: 'Måldatum',
      targetDateHint: 'Dagen då du tänker ha gjort uppgiften. Tidigast i dag.',
      addTask: 'Lägg till en uppgift',
      removeTask: 'Ta bort uppgift {n}',
      taskRemoved: 'Uppgift {n} togs bort.',
      tasksAtMax: 'Du har lagt till det högsta antalet, {max} uppgifter. Om du vill lägga till en ny, ta först bort en uppgift.',
      messageLabel: 'Meddelande till experten',
      messageHint: 'Du kan berätta mer om ditt förslag eller fråga något.',
      checkIntro: 'Kontrollera ditt förslag innan du skickar det. Ett skickat förslag kan inte ändras.',
      targetDateShort: 'Måldatum {date}',
      noMessage: 'Inget meddelande',
      send: 'Skicka förslaget',
      receiptHeading: 'Mottaget {time}',
      nextHeading: 'Vad händer sedan',
      nextText:
        'Experten behandlar ditt förslag och svarar dig i den här tjänsten. Du ser ditt förslag och svaret på sidan Plan. Om experten godkänner ditt förslag blir det din gällande plan.',
      pending:
        'Förslaget skickades inte, eftersom experten ännu behandlar ditt tidigare förslag. Du kan skicka ett nytt förslag när du har fått svar. Det du skrev finns kvar nedan.',
      waitingHeading: 'Ditt tidigare förslag väntar ännu på behandling',
      waitingText:
        'Du skickade ett förslag {date}. Experten behandlar det och svarar dig i den här tjänsten. Du kan göra ett nytt förslag när du har fått svar.',
      seeProposals: 'Se ditt förslag på sidan Plan',
      returnedPrefilled:
        'Experten returnerade ditt förra förslag {date}. Formuläret har fyllts i med dess uppgifter, som du kan ändra. Måldatum som redan har passerat har lämnats tomma.',
      returnedHeading: 'Ditt förra förslag returnerades',
      officeComments: 'Expertens kommentarer',
      startEmpty: 'Börja med ett tomt formulär',
    },
    en: {
      titleEdit: 'Draft your own plan proposal',
      titleCheck: 'Check your proposal',
      titleReceipt: 'Your proposal has been sent',
      loading: 'Loading…',
      intro:
        'You can propose a plan of your own to your employment area: what you aim for and what you do to get there. Your adviser handles your proposal and either accepts it or returns it with comments.',
      goalLabel: 'Your goal',
      goalHint: 'Say what kind of work or training you are aiming for.',
      tasksHeading: 'Tasks',
      tasksHint: 'Say what you will do and by which day. You can propose at most {max} tasks.',
      taskLegend: 'Task {n}',
      descriptionLabel: 'What will you do?',
      targetDateLabel: 'Target date',
      targetDateHint: 'The day by which you plan to have done the task. Today at the earliest.',
      addTask: 'Add a task',
      removeTask: 'Remove task {n}',
      taskRemoved: 'Task {n} removed.',
      tasksAtMax: 'You have added the most tasks allowed, {max}. To add another, remove a task first.',
      messageLabel: 'Message to your adviser',
      messageHint: 'You can say more about your proposal or ask something.',
      checkIntro: 'Check your proposal before you send it. A proposal cannot be changed once sent.',
      targetDateShort: 'Target date {date}',
      noMessage: 'No message',
      send: 'Send the proposal',
      receiptHeading: 'Received {time}',
      nextHeading: 'What happens next',
      nextText:
        'Your adviser handles your proposal and answers you in this service. You see your proposal and the answer on the Plan page. If your adviser accepts it, it becomes your plan in force.',
      pending:
        'The proposal was not sent because your adviser is still handling your earlier proposal. You can send a new one once you have had an answer. What you typed is kept below.',
      waitingHeading: 'Your earlier proposal is still waiting to be handled',
      waitingText:
        'You sent a proposal on {date}. Your adviser handles it and answers you in this service. You can draft a new proposal once you have had an answer.',
      seeProposals: 'See your proposal on the Plan page',
      returnedPrefilled:
        'Your adviser returned your previous proposal on {date}. The form is filled in with its details, which you can change. Target dates that have passed are left empty.',
      returnedHeading: 'Your previous proposal was returned',
      officeComments: 'Your adviser’s comments',
      startEmpty: 'Start from an empty form',
    },
  }),
);

export type MessageKey = keyof (typeof messages)['fi'];

/** The codes a proposal can get back (the contract's other codes belong to other forms). */
type ProposalError = Extract<
  PlanError,
  | 'goal.required'
  | 'goal.too-long'
  | 'tasks.required'
  | 'tasks.too-many'
  | 'task.description.required'
  | 'task.description.too-long'
  | 'task.target-date.invalid'
  | 'task.target-date.past'
  | 'message.too-long'
  | 'proposal.pending'
>;

/** The contract's codes and the page's own, worded for the field they are on; a row's error names its row ({n}). */
export const errorMessages = defineMessages<ProposalError | typeof TARGET_DATE_REQUIRED>({
  fi: {
    'goal.required': 'Kirjoita tavoitteesi kohtaan "Tavoitteesi".',
    'goal.too-long': 'Tavoitteessa voi olla enintään {max} merkkiä.',
    'tasks.required': 'Lisää ehdotukseen vähintään yksi tehtävä.',
    'tasks.too-many': 'Voit ehdottaa enintään {max} tehtävää.',
    'task.description.required': 'Kirjoita tehtävän {n} kohtaan "Mitä teet?", mitä aiot tehdä.',
    'task.description.too-long': 'Tehtävän {n} kuvauksessa voi olla enintään {max} merkkiä.',
    'task.target-date.required': 'Anna tehtävän {n} tavoitepäivä.',
    'task.target-date.invalid': 'Tehtävän {n} tavoitepäivän pitää olla olemassa oleva päivä.',
    'task.target-date.past': 'Tehtävän {n} tavoitepäivä ei voi olla menneisyydessä.',
    'message.too-long': 'Viestissä voi olla enintään {max} merkkiä.',
    'proposal.pending': 'Aiempi ehdotuksesi on vielä asiantuntijan käsiteltävänä.',
  },
  sv: {
    'goal.required': 'Skriv ditt mål under "Ditt mål".',
    'goal.too-long': 'Målet får ha högst {max} tecken.',
    'tasks.required': 'Lägg till minst en uppgift i förslaget.',
    'tasks.too-many': 'Du kan föreslå högst {max} uppgifter.',
    'task.description.required': 'Skriv under "Vad gör du?" i uppgift {n} vad du tänker göra.',
    'task.description.too-long': 'Beskrivningen av uppgift {n} får ha högst {max} tecken.',
    'task.target-date.required': 'Ange måldatum för uppgift {n}.',
    'task.target-date.invalid': 'Måldatumet för uppgift {n} ska vara en dag som finns.',
    'task.target-date.past': 'Måldatumet för uppgift {n} kan inte ha passerat.',
    'message.too-long': 'Meddelandet får ha högst {max} tecken.',
    'proposal.pending': 'Experten behandlar ännu ditt tidigare förslag.',
  },
  en: {
    'goal.required': 'Enter your goal under "Your goal".',
    'goal.too-long': 'The goal can have at most {max} characters.',
    'tasks.required': 'Add at least one task to the proposal.',
    'tasks.too-many': 'You can propose at most {max} tasks.',
    'task.description.required': 'Enter what you will do under "What will you do?" in task {n}.',
    'task.description.too-long': 'The description of task {n} can have at most {max} characters.',
    'task.target-date.required': 'Enter the target date of task {n}.',
    'task.target-date.invalid': 'The target date of task {n} must be a day that exists.',
    'task.target-date.past': 'The target date of task {n} cannot be in the past.',
    'message.too-long': 'The message can have at most {max} characters.',
    'proposal.pending': 'Your adviser is still handling your earlier proposal.',
  },
});
