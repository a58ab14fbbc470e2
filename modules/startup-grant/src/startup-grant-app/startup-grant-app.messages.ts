import { defineMessages } from '@portal/shared-contracts';
import { withAreaMessages } from '../area.js';

/** The front page's own words, with the area's (kinds, states, steps: area.messages.ts) and the kit's. */
export const messages = withAreaMessages(
  defineMessages({
    fi: {
      intro:
        'Starttiraha turvaa toimeentuloasi, kun aloitat päätoimisen yritystoiminnan. Täällä haet starttirahaa, seuraat hakemuksesi käsittelyä ja haet starttirahan maksua.',
      loading: 'Ladataan starttirahatietojasi…',
      applyHeading: 'Hae starttirahaa',
      applyText:
        'Hae ennen kuin aloitat päätoimisen yritystoiminnan. Voit täyttää hakemuksen osat missä järjestyksessä tahansa ja jatkaa myöhemmin.',
      applyLink: 'Täytä starttirahahakemus',
      todoHeading: 'Tehtävät',
      supplementTodo: 'Täydennä hakemustasi {date} mennessä',
      paymentTodo: 'Hae maksua kaudelta {period} viimeistään {date}',
      applicationsHeading: 'Hakemuksesi',
      none: 'Sinulla ei ole starttirahahakemuksia.',
      submittedOn: 'Lähetetty {date}',
      business: 'Yritys',
      timeline: 'Käsittelyn vaiheet',
      supplementRequest: 'Täydennyspyyntö: {what}',
      supplementDeadline: 'Määräaika {date}',
      supplementAnswer: 'Vastasit {date}',
      supplementLate: 'Vastaus saapui määräajan jälkeen.',
      answerLink: 'Vastaa täydennyspyyntöön',
      grantedPeriods: 'Starttiraha myönnettiin kausille {from}–{to}.',
      rejectedReason: 'Perustelu: {reason}',
      paymentsHeading: 'Maksatushakemukset',
      paymentsIntro:
        'Starttiraha maksetaan kuukausittain jälkikäteen. Hae kunkin kauden maksua kauden päätyttyä, viimeistään {months} kuukauden kuluessa.',
      noPeriods: 'Sinulla ei ole myönnettyjä maksukausia.',
      period: 'Kausi',
      periodStatus: 'Tila',
      applyBy: 'Haettava viimeistään',
      paymentDate: 'Maksupäivä',
      applyPaymentLink: 'Hae maksua kaudelta {period}',
      lapsedText:
        'Tämän kauden hakuaika päättyi {date}. Jos et voinut hakea ajoissa, ota yhteyttä TE-toimistoon: se kertoo, voiko maksua vielä hakea.',
    },
    sv: {
      intro:
        'Startpeng tryggar din utkomst när du startar företagsverksamhet på heltid. Här ansöker du om startpeng, följer behandlingen av din ansökan och ansöker om utbetalning.',
      loading: 'Dina uppgifter om startpeng laddas…',
      applyHeading: 'Ansök om startpeng',
      applyText:
        'Ansök innan du startar företagsverksamhet på heltid. Du kan fylla i ansökans delar i vilken ordning som helst och fortsätta senare.',
      applyLink: 'Fyll i ansökan om startpeng',
      todoHeading: 'Att göra',
      supplementTodo: 'Komplettera din ansökan senast {date}',
      paymentTodo: 'Ansök om utbetalning för perioden {period} senast {date}',
      applicationsHeading: 'Dina ansökningar',
      none: 'Du har inga ansökningar om startpeng.',
      submittedOn: 'Skickad {date}',
      business: 'Företag',
      timeline: 'Behandlingens skeden',
      supplementRequest: 'Begäran om komplettering: {what}',
      supplementDeadline: 'Tidsfrist {date}',
      supplementAnswer: 'Du svarade {date}',
      supplementLate: 'Svaret kom efter tidsfristen.',
      answerLink: 'Svara på begäran om komplettering',
      grantedPeriods: 'Startpeng beviljades för perioderna {from}–{to}.',
      rejectedReason: 'Motivering: {reason}',
      paymentsHeading: 'Ansökningar om utbetalning',
      paymentsIntro:
        'Startpeng betalas ut månadsvis i efterskott. Ansök om utbetalning för varje period när den har gått ut, senast inom {months} månader.',
      noPeriods: 'Du har inga beviljade utbetalningsperioder.',
      period: 'Period',
      periodStatus: 'Status',
      applyBy: 'Ska sökas senast',
      paymentDate: 'Utbetalningsdag',
      applyPaymentLink: 'Ansök om utbetalning för perioden {period}',
      lapsedText:
        'Ansökningstiden för den här perioden gick ut {date}. Om du inte kunde ansöka i tid, kontakta TE-byrån: den berättar om utbetalningen ännu kan sökas.',
    },
    en: {
      intro:
        'The start-up grant secures your income while you start a full-time business. Here you apply for the grant, follow the processing of your application and apply for its payments.',
      loading: 'Loading your start-up grant…',
      applyHeading: 'Apply for a start-up grant',
      applyText:
        'Apply before you start your business full-time. You can fill in the parts of the application in any order and continue later.',
      applyLink: 'Fill in a start-up grant application',
      todoHeading: 'To do',
      supplementTodo: 'Supplement your application by {date}',
      paymentTodo: 'Apply for the payment of {period} by {date}',
      applicationsHeading: 'Your applications',
      none: 'You have no start-up grant applications.',
      submittedOn: 'Sent on {date}',
      business: 'Business',
      timeline: 'Processing steps',
      supplementRequest: 'Request for a supplement: {what}',
      supplementDeadline: 'Deadline {date}',
      supplementAnswer: 'You answered on {date}',
      supplementLate: 'The answer came after the deadline.',
      answerLink: 'Answer the request for a supplement',
      grantedPeriods: 'The start-up grant was granted for the periods {from} – {to}.',
      rejectedReason: 'Reason: {reason}',
      paymentsHeading: 'Payment applications',
      paymentsIntro:
        'The start-up grant is paid monthly in arrears. Apply for each period’s payment once the period has ended, within {months} months.',
      noPeriods: 'You have no granted payment periods.',
      period: 'Period',
      periodStatus: 'Status',
      applyBy: 'Apply by',
      paymentDate: 'Payment date',
      applyPaymentLink: 'Apply for the payment of {period}',
      lapsedText:
        'The time to apply for this period ended on {date}. If you could not apply in time, contact the TE office: it tells you whether the payment can still be applied for.',
    },
  }),
);

export type MessageKey = keyof (typeof messages)['fi'];
