import { defineMessages } from '@portal/shared-contracts';

export const messages = defineMessages({
  fi: {
    intro:
      'Täällä näet työ- ja koulutustarjoukset, jotka sinulle on annettu. Ilmoita jokaisesta työtarjouksesta, haitko paikkaa, ja myöhemmin haun tulos.',
    loading: 'Ladataan tarjouksiasi…',
    signedOut: 'Kirjaudu sisään nähdäksesi tarjouksesi.',
    tasksHeading: 'Ilmoita näistä',
    taskApply: 'Ilmoita, haitko: {job}, {employer}',
    taskOutcome: 'Ilmoita haun tulos: {job}, {employer}',
    taskLate: 'Hakuaika on päättynyt, mutta ilmoita silti, haitko paikkaa.',
    listHeading: 'Kaikki tarjoukset',
    listIntro: 'Uusin ensin.',
    listEmpty: 'Sinulle ei ole annettu työ- eikä koulutustarjouksia.',
    offeredOn: 'Tarjottu {date}',
    notFoundPageTitle: 'Sivua ei löytynyt',
    notFoundText: 'Tarjouksissa ei ole tällaista sivua. Tarkista osoite.',
    notFoundLink: 'Siirry tarjousten etusivulle',
  },
  sv: {
    intro:
      'Här ser du de jobb- och utbildningserbjudanden som du har fått. Anmäl för varje jobberbjudande om du sökte jobbet, och senare resultatet.',
    loading: 'Dina erbjudanden hämtas…',
    signedOut: 'Logga in för att se dina erbjudanden.',
    tasksHeading: 'Anmäl om dessa',
    taskApply: 'Anmäl om du sökte: {job}, {employer}',
    taskOutcome: 'Anmäl resultatet: {job}, {employer}',
    taskLate: 'Ansökningstiden har gått ut, men anmäl ändå om du sökte jobbet.',
    listHeading: 'Alla erbjudanden',
    listIntro: 'Det senaste först.',
    listEmpty: 'Du har inte fått några jobb- eller utbildningserbjudanden.',
    offeredOn: 'Erbjudet {date}',
    notFoundPageTitle: 'Sidan hittades inte',
    notFoundText: 'Erbjudandena har ingen sådan sida. Kontrollera adressen.',
    notFoundLink: 'Gå till erbjudandenas startsida',
  },
  en: {
    intro:
      'Here you see the job and training offers you have been given. Report on each job offer whether you applied, and later the outcome.',
    loading: 'Loading your offers…',
    signedOut: 'Sign in to see your offers.',
    tasksHeading: 'Report on these',
    taskApply: 'Report whether you applied: {job}, {employer}',
    taskOutcome: 'Report the outcome: {job}, {employer}',
    taskLate: 'The application period has ended, but report anyway whether you applied.',
    listHeading: 'All offers',
    listIntro: 'Newest first.',
    listEmpty: 'You have not been given any job or training offers.',
    offeredOn: 'Offered {date}',
    notFoundPageTitle: 'Page not found',
    notFoundText: 'There is no such page in Offers. Check the address.',
    notFoundLink: 'Go to the Offers front page',
  },
});

export type MessageKey = keyof (typeof messages)['fi'];
