import { defineMessages } from '@portal/shared-contracts';

// The service-need assessment's texts around the questions; the questions themselves are data, in
// every language, from GET /api/job-search/assessment. The deadline's words are the area page's.
// Titles and the receipt's heading carry soft hyphens (\u00AD) in Finnish compounds too long for a
// phone's line at heading size: without them the browser breaks the word anywhere ("palvelutarveky-
// symyksiin"); the title told to the shell has them removed.

export const messages = defineMessages({
  fi: {
    title: 'Palvelutarve\u00ADkysymykset',
    titleEdit: 'Vastaa palvelutarve\u00ADkysymyksiin',
    titleCheck: 'Tarkista vastauksesi ennen lähettämistä',
    titleReceipt: 'Vastauksesi on lähetetty',
    titleCompleted: 'Vastauksesi palvelutarve\u00ADkysymyksiin',
    intro: 'Vastaustesi avulla työnhakuasi hoitava toimisto arvioi, millaisia palveluja tarvitset työllistyäksesi.',
    requiredIntro: 'Vastaa kaikkiin kysymyksiin, joissa lukee (pakollinen).',
    required: '(pakollinen)',
    due: 'Vastaa viimeistään {date}.',
    dueWas: 'Määräaika oli {date}.',
    lateHelp: 'Voit vielä vastata, ja vastauksesi otetaan huomioon. Vastaa mahdollisimman pian.',
    'error.text.too-long': 'Vastauksesi voi olla enintään {max} merkkiä pitkä. Lyhennä sitä.',
    // Named, so a summary of several unanswered questions says which ones.
    'error.answer.required': 'Vastaa kysymykseen "{question}"',
    checkIntro: 'Tarkista vastauksesi. Ne lähtevät vasta, kun painat Lähetä vastaukset.',
    send: 'Lähetä vastaukset',
    noAnswer: 'Ei vastausta',
    receiptHeading: 'Vastauksesi palvelutarve\u00ADkysymyksiin on vastaanotettu',
    receiptText: 'Työnhakuasi hoitava toimisto käyttää vastauksiasi, kun se arvioi palvelutarpeesi ja sopii kanssasi jatkosta.',
    answersHeading: 'Vastauksesi',
    completedAt: 'Vastasit kysymyksiin {time}.',
    completedText:
      'Vastauksia ei voi muuttaa täällä. Jos tilanteesi muuttuu, voit ilmoittaa muutoksesta työnhakuun tai kertoa siitä työnhakuasi hoitavalle toimistolle.',
    reportChange: 'Ilmoita muutoksesta työnhakuun',
    notFound: 'Sinulla ei ole vastattavia palvelutarvekysymyksiä. Kysymykset tulevat vastattaviksi, kun ilmoittaudut työnhakijaksi.',
    conflictCompleted: 'Vastauksesi oli jo vastaanotettu (esimerkiksi toisessa ikkunassa). Alla ovat tallennetut vastaukset.',
    gone: 'Kysymyksiin ei voi enää vastata, koska työnhakusi ei ole voimassa.',
  },
  sv: {
    title: 'Frågor om servicebehov',
    titleEdit: 'Besvara frågorna om servicebehov',
    titleCheck: 'Kontrollera dina svar innan du skickar dem',
    titleReceipt: 'Dina svar har skickats',
    titleCompleted: 'Dina svar på frågorna om servicebehov',
    intro: 'Med hjälp av dina svar bedömer byrån som sköter ditt arbetssökande vilka tjänster du behöver för att få arbete.',
    requiredIntro: 'Svara på alla frågor där det står (obligatorisk).',
    required: '(obligatorisk)',
    due: 'Svara senast {date}.',
    dueWas: 'Sista dagen var {date}.',
    lateHelp: 'Du kan fortfarande svara, och dina svar beaktas. Svara så snart som möjligt.',
    'error.text.too-long': 'Ditt svar får vara högst {max} tecken långt. Korta ner det.',
    'error.answer.required': 'Svara på frågan ”{question}”',
    checkIntro: 'Kontrollera dina svar. De skickas först när du trycker på Skicka svaren.',
    send: 'Skicka svaren',
    noAnswer: 'Inget svar',
    receiptHeading: 'Dina svar på frågorna om servicebehov har tagits emot',
    receiptText:
      'Byrån som sköter ditt arbetssökande använder dina svar när den bedömer ditt servicebehov och kommer överens med dig om hur det fortsätter.',
    answersHeading: 'Dina svar',
    completedAt: 'Du svarade på frågorna {time}.',
    completedText:
      'Svaren kan inte ändras här. Om din situation ändras kan du anmäla en ändring i ditt arbetssökande eller berätta om den för byrån som sköter ditt arbetssökande.',
    reportChange: 'Anmäl en ändring i ditt arbetssökande',
    notFound: 'Du har inga frågor om servicebehov att svara på. Frågorna kommer när du anmäler dig som arbetssökande.',
    conflictCompleted: 'Dina svar hade redan tagits emot (till exempel i ett annat fönster). Nedan ser du de sparade svaren.',
    gone: 'Frågorna kan inte längre besvaras, eftersom ditt arbetssökande inte är i kraft.',
  },
  en: {
    title: 'Service-need questions',
    titleEdit: 'Answer the service-need questions',
    titleCheck: 'Check your answers before sending them',
    titleReceipt: 'Your answers have been sent',
    titleCompleted: 'Your answers to the service-need questions',
    intro: 'With your answers, the office handling your job seeking assesses which services you need to find work.',
    requiredIntro: 'Answer every question marked (required).',
    required: '(required)',
    due: 'Answer by {date}.',
    dueWas: 'The deadline was {date}.',
    lateHelp: 'You can still answer, and your answers will be taken into account. Please answer as soon as you can.',
    'error.text.too-long': 'Your answer can be at most {max} characters long. Shorten it.',
    'error.answer.required': 'Answer the question “{question}”',
    checkIntro: 'Check your answers. They are only sent when you press Send answers.',
    send: 'Send answers',
    noAnswer: 'No answer',
    receiptHeading: 'Your answers to the service-need questions have been received',
    receiptText:
      'The office handling your job seeking uses your answers when it assesses your need for services and agrees with you on what happens next.',
    answersHeading: 'Your answers',
    completedAt: 'You answered the questions on {time}.',
    completedText:
      'The answers cannot be changed here. If your situation changes, you can report a change to your job seeking or tell the office handling it.',
    reportChange: 'Report a change to your job seeking',
    notFound: 'You have no service-need questions to answer. The questions come when you register as a job seeker.',
    conflictCompleted: 'Your answers had already been received (for example in another window). The saved answers are below.',
    gone: 'The questions can no longer be answered, because your job seeking is not valid.',
  },
});

export type MessageKey = keyof (typeof messages)['fi'];
