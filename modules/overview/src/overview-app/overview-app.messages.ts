import { defineMessages } from '@portal/shared-contracts';

export const messages = defineMessages({
  fi: {
    pageTitle: 'Etusivu',
    greeting: 'Hei, {name}!',
    greetingAnonymous: 'Tervetuloa!',
    intro: 'Tälle sivulle on koottu asiat, jotka ovat sinulle nyt ajankohtaisia.',
    currentHeading: 'Ajankohtaista',
    loading: 'Haetaan ajankohtaisia asioitasi…',
    empty: 'Sinulla ei ole juuri nyt ajankohtaisia asioita.',
    areaFailed: 'Osion {area} ajankohtaisia asioita ei saatu haettua.',
    registryFailed: 'Ajankohtaisia asioita ei saatu haettua.',
    retry: 'Yritä uudelleen',
  },
  sv: {
    pageTitle: 'Startsida',
    greeting: 'Hej, {name}!',
    greetingAnonymous: 'Välkommen!',
    intro: 'På den här sidan har vi samlat det som är aktuellt för dig just nu.',
    currentHeading: 'Aktuellt',
    loading: 'Dina aktuella ärenden hämtas…',
    empty: 'Du har inga aktuella ärenden just nu.',
    areaFailed: 'Aktuella ärenden för {area} kunde inte hämtas.',
    registryFailed: 'Aktuella ärenden kunde inte hämtas.',
    retry: 'Försök igen',
  },
  en: {
    pageTitle: 'Front page',
    greeting: 'Hello, {name}!',
    greetingAnonymous: 'Welcome!',
    intro: 'This page gathers what is current for you right now.',
    currentHeading: 'Current matters',
    loading: 'Fetching your current matters…',
    empty: 'You have nothing that needs attention right now.',
    areaFailed: 'Current matters of {area} could not be fetched.',
    registryFailed: 'Your current matters could not be fetched.',
    retry: 'Try again',
  },
});

export type MessageKey = keyof (typeof messages)['fi'];
