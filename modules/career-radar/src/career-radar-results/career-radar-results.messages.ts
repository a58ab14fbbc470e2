import { defineMessages } from '@portal/shared-contracts';

export const messages = defineMessages({
  fi: {
    title: 'Tallennetut tuloksesi',
    intro: 'Täällä näet tallentamasi Työelämätutkan tulokset ja voit verrata kahta tulosta keskenään.',
    signInNeeded:
      'Kirjaudu sisään Työmarkkinatorin omaan asiointiin, niin näet tallentamasi Työelämätutkan tulokset. Työelämätutkan voit tehdä myös kirjautumatta.',
    loading: 'Haetaan tallennettuja tuloksiasi…',
    failed: 'Tallennettuja tuloksiasi ei juuri nyt saatu haettua.',
    empty: 'Et ole vielä tallentanut yhtään tulosta.',
    take: 'Tee Työelämätutka',
    takeAgain: 'Tee Työelämätutka uudelleen',
    chooseHeading: 'Valitse tulokset',
    shownLabel: 'Näytettävä tulos',
    comparedLabel: 'Vertailtava tulos',
    noComparison: 'Ei vertailua',
    resultHeading: 'Tulos {date}',
  },
  sv: {
    title: 'Dina sparade resultat',
    intro: 'Här ser du de resultat från Arbetslivsradarn som du har sparat, och du kan jämföra två resultat med varandra.',
    signInNeeded:
      'Logga in i Mina ärenden på Jobbmarknad Finland så ser du de resultat från Arbetslivsradarn som du har sparat. Arbetslivsradarn kan du också göra utan att logga in.',
    loading: 'Dina sparade resultat hämtas…',
    failed: 'Dina sparade resultat kunde inte hämtas just nu.',
    empty: 'Du har inte sparat några resultat ännu.',
    take: 'Gör Arbetslivsradarn',
    takeAgain: 'Gör Arbetslivsradarn på nytt',
    chooseHeading: 'Välj resultat',
    shownLabel: 'Resultat som visas',
    comparedLabel: 'Resultat att jämföra med',
    noComparison: 'Ingen jämförelse',
    resultHeading: 'Resultat {date}',
  },
  en: {
    title: 'Your saved results',
    intro: 'Here you see the Working life radar results you have saved, and you can compare two of them.',
    signInNeeded:
      'Sign in to the Job Market Finland e-service to see the Working life radar results you have saved. You can take the Working life radar without signing in, too.',
    loading: 'Fetching your saved results…',
    failed: 'Your saved results could not be fetched just now.',
    empty: 'You have not saved any results yet.',
    take: 'Take the Working life radar',
    takeAgain: 'Take the Working life radar again',
    chooseHeading: 'Choose the results',
    shownLabel: 'Result shown',
    comparedLabel: 'Result to compare with',
    noComparison: 'No comparison',
    resultHeading: 'Result of {date}',
  },
});

export type MessageKey = keyof (typeof messages)['fi'];
