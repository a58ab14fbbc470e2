import { defineMessages } from '@portal/shared-contracts';
import { withAreaMessages } from '../area.js';

/** The page's own words, with the area's and the kit's. */
export const messages = withAreaMessages(
  defineMessages({
    fi: {
      intro:
        'Täällä näet selvityspyynnöt, työvoimapoliittiset lausunnot ja koulutuksen maksatusilmoitukset, jotka sinulle on annettu. Voit myös vastata selvityspyyntöihin ja lähettää liitteitä.',
      loading: 'Ladataan työttömyysturvatietojasi…',
      signedOut: 'Kirjaudu sisään nähdäksesi työttömyysturvatietosi.',
      tasksHeading: 'Tehtävät',
      taskAnswer: 'Vastaa selvityspyyntöön: {subject}',
      taskAttachments: 'Lähetä puuttuvat liitteet: {subject}',
      taskDue: 'Palautuspäivä {date}.',
      taskLate: 'Voit silti vastata; vastaus merkitään myöhästyneeksi.',
      listHeading: 'Tapahtumat',
      listIntro: 'Uusin ensin.',
      listEmpty: 'Sinulle ei ole annettu selvityspyyntöjä, lausuntoja eikä maksatusilmoituksia.',
      issuedOn: 'Annettu {date}',
      returnDateOn: 'Palautuspäivä {date}',
      notFoundPageTitle: 'Sivua ei löytynyt',
      notFoundText: 'Työttömyysturvassa ei ole tällaista sivua. Tarkista osoite.',
      notFoundLink: 'Siirry työttömyysturvan etusivulle',
    },
    sv: {
      intro:
        'Här ser du de begäranden om utredning, arbetskraftspolitiska utlåtanden och utbetalningsanmälningar för utbildning som du har fått. Du kan också svara på begäranden om utredning och skicka bilagor.',
      loading: 'Dina uppgifter om arbetslöshetsskyddet hämtas…',
      signedOut: 'Logga in för att se dina uppgifter om arbetslöshetsskyddet.',
      tasksHeading: 'Uppgifter',
      taskAnswer: 'Svara på begäran om utredning: {subject}',
      taskAttachments: 'Skicka bilagorna som saknas: {subject}',
      taskDue: 'Sista svarsdag {date}.',
      taskLate: 'Du kan ändå svara; svaret märks som försenat.',
      listHeading: 'Händelser',
      listIntro: 'Den senaste först.',
      listEmpty: 'Du har inte fått några begäranden om utredning, utlåtanden eller utbetalningsanmälningar.',
      issuedOn: 'Datum {date}',
      returnDateOn: 'Sista svarsdag {date}',
      notFoundPageTitle: 'Sidan hittades inte',
      notFoundText: 'Arbetslöshetsskyddet har ingen sådan sida. Kontrollera adressen.',
      notFoundLink: 'Gå till arbetslöshetsskyddets startsida',
    },
    en: {
      intro:
        'Here you see the requests for clarification, labour-policy statements and training payment notices issued to you. You can also answer requests for clarification and send attachments.',
      loading: 'Loading your unemployment-security data…',
      signedOut: 'Sign in to see your unemployment-security data.',
      tasksHeading: 'Tasks',
      taskAnswer: 'Answer the request for clarification: {subject}',
      taskAttachments: 'Send the missing attachments: {subject}',
      taskDue: 'Return date {date}.',
      taskLate: 'You can still answer; the answer is marked as late.',
      listHeading: 'Events',
      listIntro: 'Newest first.',
      listEmpty: 'You have no requests for clarification, statements or payment notices.',
      issuedOn: 'Issued {date}',
      returnDateOn: 'Return date {date}',
      notFoundPageTitle: 'Page not found',
      notFoundText: 'Unemployment security has no such page. Check the address.',
      notFoundLink: 'Go to the unemployment security front page',
    },
  }),
);

export type MessageKey = keyof (typeof messages)['fi'];
