// The legacy own-proposal page's words (src/legacy/proposal-pages.ts) and its links on the plan page,
// in Finnish, Swedish and English; part of the plan's words (plan-text.ts). The same wording as the
// plan module's page (modules/plan/src/plan-propose/plan-propose.messages.ts). An error's {n} is the
// number of its task row, {max} the limit it broke.
import type { PlanError } from '@portal/shared-contracts/plan';

/** The codes a proposal can get back, and the page's own for a row with a task but no date. */
export type ProposalErrorCode =
  | Extract<
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
    >
  | 'task.target-date.required';

const fi = {
  heading: 'Laadi oma suunnitelmaehdotus',
  intro:
    'Voit ehdottaa työllisyysalueellesi omaa suunnitelmaa: mihin pyrit ja mitä teet sen eteen. Asiantuntija käsittelee ehdotuksesi ja joko hyväksyy sen tai palauttaa sen kommenttiensa kanssa.',
  goalLabel: 'Tavoitteesi',
  goalHint: 'Kerro, millaista työtä tai koulutusta tavoittelet.',
  tasksHeading: 'Tehtävät',
  tasksHint: (max: number) => `Kerro, mitä aiot tehdä ja mihin päivään mennessä. Voit ehdottaa enintään ${max} tehtävää.`,
  emptyRows: 'Tyhjiksi jätettyjä rivejä ei lähetetä.',
  taskLegend: (n: number) => `Tehtävä ${n}`,
  descriptionLabel: 'Mitä teet?',
  targetDateLabel: 'Tavoitepäivä',
  targetDateHint: 'Päivä, johon mennessä aiot tehdä tehtävän. Aikaisintaan tänään.',
  addRow: 'Lisää tehtävärivi',
  rowsAtMax: (max: number) => `Lomakkeessa on enimmäismäärä, ${max} tehtäväriviä.`,
  messageLabel: 'Viesti asiantuntijalle',
  messageHint: 'Voit kertoa ehdotuksestasi lisää tai kysyä jotain.',
  send: 'Lähetä ehdotus',
  pending:
    'Ehdotusta ei lähetetty, koska aiempi ehdotuksesi on vielä asiantuntijan käsiteltävänä. Voit lähettää uuden ehdotuksen, kun olet saanut vastauksen. Kirjoittamasi tiedot ovat tallessa alla.',
  waitingHeading: 'Aiempi ehdotuksesi odottaa vielä käsittelyä',
  waitingText: (date: string) =>
    `Lähetit ehdotuksen ${date}. Asiantuntija käsittelee sen ja vastaa sinulle tässä palvelussa. Voit laatia uuden ehdotuksen, kun olet saanut vastauksen.`,
  seeProposals: 'Katso ehdotuksesi Suunnitelma-sivulla',
  link: 'Laadi oma suunnitelmaehdotus',
  instead: 'Jos haluat ehdottaa jotain muuta, voit hyväksymisen sijaan laatia oman ehdotuksen.',
  newProposal: 'Laadi uusi ehdotus',
  errors: {
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
  } satisfies Record<ProposalErrorCode, string>,
};

export type LegacyProposalText = typeof fi;

const sv: LegacyProposalText = {
  heading: 'Gör ett eget planförslag',
  intro:
    'Du kan föreslå en egen plan för ditt sysselsättningsområde: vad du siktar på och vad du gör för att nå dit. Experten behandlar ditt förslag och godkänner det eller returnerar det med sina kommentarer.',
  goalLabel: 'Ditt mål',
  goalHint: 'Berätta vilket slags arbete eller utbildning du siktar på.',
  tasksHeading: 'Uppgifter',
  tasksHint: (max: number) => `Berätta vad du tänker göra och till vilken dag. Du kan föreslå högst ${max} uppgifter.`,
  emptyRows: 'Rader som lämnas tomma skickas inte.',
  taskLegend: (n: number) => `Uppgift ${n}`,
  descriptionLabel: 'Vad gör du?',
  targetDateLabel: 'Måldatum',
  targetDateHint: 'Dagen då du tänker ha gjort uppgiften. Tidigast i dag.',
  addRow: 'Lägg till en uppgiftsrad',
  rowsAtMax: (max: number) => `Formuläret har det högsta antalet, ${max} uppgiftsrader.`,
  messageLabel: 'Meddelande till experten',
  messageHint: 'Du kan berätta mer om ditt förslag eller fråga något.',
  send: 'Skicka förslaget',
  pending:
    'Förslaget skickades inte, eftersom experten ännu behandlar ditt tidigare förslag. Du kan skicka ett nytt förslag när du har fått svar. Det du skrev finns kvar nedan.',
  waitingHeading: 'Ditt tidigare förslag väntar ännu på behandling',
  waitingText: (date: string) =>
    `Du skickade ett förslag ${date}. Experten behandlar det och svarar dig i den här tjänsten. Du kan göra ett nytt förslag när du har fått svar.`,
  seeProposals: 'Se ditt förslag på sidan Plan',
  link: 'Gör ett eget planförslag',
  instead: 'Om du vill föreslå något annat kan du göra ett eget förslag i stället för att godkänna.',
  newProposal: 'Gör ett nytt förslag',
  errors: {
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
};

const en: LegacyProposalText = {
  heading: 'Draft your own plan proposal',
  intro:
    'You can propose a plan of your own to your employment area: what you aim for and what you do to get there. Your adviser handles your proposal and either accepts it or returns it with comments.',
  goalLabel: 'Your goal',
  goalHint: 'Say what kind of work or training you are aiming for.',
  tasksHeading: 'Tasks',
  tasksHint: (max: number) => `Say what you will do and by which day. You can propose at most ${max} tasks.`,
  emptyRows: 'Rows left empty are not sent.',
  taskLegend: (n: number) => `Task ${n}`,
  descriptionLabel: 'What will you do?',
  targetDateLabel: 'Target date',
  targetDateHint: 'The day by which you plan to have done the task. Today at the earliest.',
  addRow: 'Add a task row',
  rowsAtMax: (max: number) => `The form has the most task rows allowed, ${max}.`,
  messageLabel: 'Message to your adviser',
  messageHint: 'You can say more about your proposal or ask something.',
  send: 'Send the proposal',
  pending:
    'The proposal was not sent because your adviser is still handling your earlier proposal. You can send a new one once you have had an answer. What you typed is kept below.',
  waitingHeading: 'Your earlier proposal is still waiting to be handled',
  waitingText: (date: string) =>
    `You sent a proposal on ${date}. Your adviser handles it and answers you in this service. You can draft a new proposal once you have had an answer.`,
  seeProposals: 'See your proposal on the Plan page',
  link: 'Draft your own plan proposal',
  instead: 'If you would like to propose something else, you can draft your own proposal instead of accepting.',
  newProposal: 'Draft a new proposal',
  errors: {
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
};

export const PROPOSAL_TEXT = { fi, sv, en };
