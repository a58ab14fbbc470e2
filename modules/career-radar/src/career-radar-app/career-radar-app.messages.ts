import { defineMessages } from '@portal/shared-contracts';
import type { LocaleController } from '@portal/ui-kit/page';
import type { AreaMessageKey } from '../area.js';

export const messages = defineMessages({
  fi: {
    title: 'Työelämätutka',
    intro: 'Työelämätutka auttaa sinua hahmottamaan, mikä edistää ja mikä hidastaa työn tai koulutuksen löytämistä.',
    howItWorks:
      'Arvioit {count} väittämää kahdeksalta osa-alueelta asteikolla 1–5. Siihen menee noin viisi minuuttia. Lopuksi näet tuloksesi kaaviona ja taulukkona sekä ehdotuksia siitä, mistä voisit aloittaa.',
    privacySignedOut:
      'Voit tehdä Työelämätutkan kirjautumatta. Vastauksiasi ei silloin lähetetä minnekään: ne ovat vain tällä sivulla, kunnes suljet sen.',
    signInToSave: 'Jos kirjaudut sisään, voit tallentaa tuloksen ja verrata sitä myöhemmin uusiin tuloksiin.',
    privacySignedIn:
      'Olet kirjautunut sisään, joten voit tallentaa tuloksesi ja verrata sitä aiempiin. Mitään ei tallenneta, ellet itse valitse Tallenna tulos.',
    savedResultsLink: 'Katso tallennetut tuloksesi',
    start: 'Aloita',
    stepWord: 'Vaihe',
    progressLabel: 'Edistyminen: vaihe {step} / {total}',
    stepTitle: 'Vaihe {step} / {total}: {factor}',
    scaleHelp: 'Valitse jokaisesta väittämästä, kuinka samaa mieltä olet: 1 = täysin eri mieltä, 5 = täysin samaa mieltä.',
    back: 'Edellinen',
    next: 'Seuraava',
    finish: 'Näytä tulos',
    errorSummaryTitle: 'Vastaa kaikkiin väittämiin ennen kuin jatkat',
    errorStatement: 'Vastaa väittämään: {statement}',
    errorInline: 'Valitse vaihtoehto 1–5.',
    resultHeading: 'Tuloksesi',
    resultIntro:
      'Kaavio ja taulukko näyttävät, miten arvioit kutakin osa-aluetta asteikolla 1–5. Mitä suurempi luku, sitä paremmin asia on nyt.',
    print: 'Tulosta',
    changeAnswers: 'Muuta vastauksia',
    startOver: 'Tee alusta',
    signedOutNote:
      'Tulostasi ei ole tallennettu eikä lähetetty minnekään. Voit tulostaa sen. Jos kirjaudut sisään Työmarkkinatorin omaan asiointiin, voit tallentaa tuloksen ja verrata sitä myöhemmin uusiin tuloksiin.',
    saveHeading: 'Tallenna tulos',
    saveIntro: 'Tallennettua tulosta voit myöhemmin verrata uusiin tuloksiin. Vain sinä näet tallentamasi tulokset.',
    save: 'Tallenna tulos',
    saving: 'Tallennetaan…',
    saved: 'Tulos on tallennettu ({date}).',
    saveFailed: 'Tallentaminen ei onnistunut. Vastauksesi ovat yhä tällä sivulla, joten voit yrittää uudelleen.',
    saveSessionEnded:
      'Tallentaminen ei onnistunut, koska istuntosi on päättynyt. Kirjaudu uudelleen sisään ja tee Työelämätutka uudelleen.',
    savedPageTitle: 'Tallennetut tuloksesi',
    notFoundTitle: 'Sivua ei löytynyt',
    notFoundText: 'Työelämätutkassa ei ole tällaista sivua. Tarkista osoite.',
    notFoundLink: 'Siirry Työelämätutkan alkuun',
  },
  sv: {
    title: 'Arbetslivsradarn',
    intro: 'Arbetslivsradarn hjälper dig att se vad som hjälper dig och vad som hindrar dig när du söker arbete eller utbildning.',
    howItWorks:
      'Du bedömer {count} påståenden inom åtta delområden på en skala från 1 till 5. Det tar ungefär fem minuter. Till sist ser du ditt resultat som diagram och tabell och får förslag på var du kan börja.',
    privacySignedOut:
      'Du kan göra Arbetslivsradarn utan att logga in. Dina svar skickas då ingenstans: de finns bara på den här sidan tills du stänger den.',
    signInToSave: 'Om du loggar in kan du spara resultatet och senare jämföra det med nya resultat.',
    privacySignedIn:
      'Du är inloggad och kan alltså spara ditt resultat och jämföra det med tidigare. Ingenting sparas om du inte själv väljer Spara resultatet.',
    savedResultsLink: 'Se dina sparade resultat',
    start: 'Börja',
    stepWord: 'Steg',
    progressLabel: 'Framsteg: steg {step} / {total}',
    stepTitle: 'Steg {step} / {total}: {factor}',
    scaleHelp: 'Välj för varje påstående hur mycket du håller med: 1 = helt av annan åsikt, 5 = helt av samma åsikt.',
    back: 'Föregående',
    next: 'Nästa',
    finish: 'Visa resultatet',
    errorSummaryTitle: 'Svara på alla påståenden innan du fortsätter',
    errorStatement: 'Svara på påståendet: {statement}',
    errorInline: 'Välj ett alternativ 1–5.',
    resultHeading: 'Ditt resultat',
    resultIntro: 'Diagrammet och tabellen visar hur du bedömde varje delområde på skalan 1–5. Ju högre tal, desto bättre är det just nu.',
    print: 'Skriv ut',
    changeAnswers: 'Ändra svaren',
    startOver: 'Börja om',
    signedOutNote:
      'Ditt resultat har inte sparats eller skickats någonstans. Du kan skriva ut det. Om du loggar in i Mina ärenden på Jobbmarknad Finland kan du spara resultatet och senare jämföra det med nya resultat.',
    saveHeading: 'Spara resultatet',
    saveIntro: 'Ett sparat resultat kan du senare jämföra med nya resultat. Bara du ser de resultat du har sparat.',
    save: 'Spara resultatet',
    saving: 'Sparar…',
    saved: 'Resultatet har sparats ({date}).',
    saveFailed: 'Det gick inte att spara. Dina svar finns kvar på den här sidan, så du kan försöka igen.',
    saveSessionEnded: 'Det gick inte att spara eftersom din session har upphört. Logga in på nytt och gör Arbetslivsradarn på nytt.',
    savedPageTitle: 'Dina sparade resultat',
    notFoundTitle: 'Sidan hittades inte',
    notFoundText: 'Det finns ingen sådan sida i Arbetslivsradarn. Kontrollera adressen.',
    notFoundLink: 'Gå till början av Arbetslivsradarn',
  },
  en: {
    title: 'Working life radar',
    intro: 'The Working life radar helps you see what helps and what holds you back in finding work or training.',
    howItWorks:
      'You rate {count} statements in eight areas on a scale of 1 to 5. It takes about five minutes. At the end you see your result as a chart and a table, with suggestions on where you could start.',
    privacySignedOut:
      'You can take the Working life radar without signing in. Your answers are then sent nowhere: they stay on this page until you close it.',
    signInToSave: 'If you sign in, you can save the result and compare it with new results later.',
    privacySignedIn:
      'You are signed in, so you can save your result and compare it with earlier ones. Nothing is saved unless you choose Save the result.',
    savedResultsLink: 'See your saved results',
    start: 'Start',
    stepWord: 'Step',
    progressLabel: 'Progress: step {step} of {total}',
    stepTitle: 'Step {step} of {total}: {factor}',
    scaleHelp: 'For each statement, choose how much you agree: 1 = strongly disagree, 5 = strongly agree.',
    back: 'Previous',
    next: 'Next',
    finish: 'Show the result',
    errorSummaryTitle: 'Answer every statement before you continue',
    errorStatement: 'Answer the statement: {statement}',
    errorInline: 'Choose an option from 1 to 5.',
    resultHeading: 'Your result',
    resultIntro:
      'The chart and the table show how you rated each area on a scale of 1 to 5. The higher the number, the better it is for you now.',
    print: 'Print',
    changeAnswers: 'Change your answers',
    startOver: 'Start again',
    signedOutNote:
      'Your result has not been saved or sent anywhere. You can print it. If you sign in to the Job Market Finland e-service, you can save the result and compare it with new results later.',
    saveHeading: 'Save the result',
    saveIntro: 'You can compare a saved result with new results later. Only you can see the results you save.',
    save: 'Save the result',
    saving: 'Saving…',
    saved: 'The result has been saved ({date}).',
    saveFailed: 'The result could not be saved. Your answers are still on this page, so you can try again.',
    saveSessionEnded: 'The result could not be saved because your session has ended. Sign in again and take the Working life radar again.',
    savedPageTitle: 'Your saved results',
    notFoundTitle: 'Page not found',
    notFoundText: 'The Working life radar has no such page. Check the address.',
    notFoundLink: 'Go to the start of the Working life radar',
  },
});

export type MessageKey = keyof (typeof messages)['fi'];

/** The app's language and words, its own and the area's shared ones (what its sections render with). */
export type AppWords = LocaleController<MessageKey | AreaMessageKey>;
