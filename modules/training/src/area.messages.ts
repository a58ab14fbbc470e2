import { defineMessages } from '@portal/shared-contracts';
import type { ApplicationState, TrainingLanguage } from '@portal/shared-contracts/training';
import { withUiMessages, type MessagesWith } from '@portal/ui-kit/page';

type StateKey = `state.${ApplicationState}`;
type LanguageKey = `language.${TrainingLanguage}`;

/**
 * What every page of the area says the same way: the names of an application's states (as the
 * issue words them: "in selection" for both in review and interview), a training's facts, the
 * apply-by tags, and the commitment of applying in the terms of use's own words (shell-info-page:
 * the seed's text, in three languages).
 */
export const areaMessages = withUiMessages(
  defineMessages({
    fi: {
      areaTitle: 'Työvoimakoulutus',
      loadFailed: 'Tietoja ei juuri nyt saatu haettua. Mitään ei ole kadonnut; yritä hetken kuluttua uudelleen.',
      pageFailed: 'Sivua ei juuri nyt saatu avattua. Tarkista verkkoyhteys ja yritä uudelleen. Mitään ei ole kadonnut.',
      backToArea: 'Takaisin työvoimakoulutukseen',
      notFoundTitle: 'Koulutusta ei löytynyt',
      daysLeft: '{count} päivää aikaa',
      daysLeftOne: '1 päivä aikaa',
      dueToday: 'Viimeinen hakupäivä on tänään',
      deadlinePassed: 'Hakuaika on päättynyt',
      provider: 'Järjestäjä',
      place: 'Paikka',
      remote: 'Etäopetus',
      language: 'Opetuskieli',
      dates: 'Ajankohta',
      dateRange: '{start}–{end}',
      applicationPeriod: 'Hakuaika',
      forWhom: 'Kenelle',
      state: 'Hakemuksen tila',
      reference: 'Viite',
      submittedAt: 'Lähetetty',
      closedShort: 'Hakuaika päättynyt',
      'state.submitted': 'Vastaanotettu',
      'state.in-review': 'Valinnassa',
      'state.interview': 'Valinnassa',
      'state.selected': 'Valittu',
      'state.reserve': 'Varasijalla',
      'state.rejected': 'Ei valittu',
      'state.withdrawn': 'Peruttu',
      'language.fi': 'suomi',
      'language.sv': 'ruotsi',
      'language.en': 'englanti',
      commitment1:
        'Jättämällä koulutushakemuksen hakija sitoutuu aloittamaan koulutuksen mikäli tulee siihen valituksi. Mikäli hakija kieltäytyy ilman pätevää syytä hänelle tarjotusta soveltuvasta koulutuksesta, hakija menettää oikeuden työttömyysetuuteen joko määräajaksi tai toistaiseksi. Tällaisena pidetään myös koulutusta, johon henkilö on hakenut oma-aloitteisesti. TE-toimisto tutkii, onko kieltäytymiselle ollut pätevä syy.',
      commitment2:
        'Joissakin tilanteissa hakemuksen voi perua ilman, että sitä pidetään koulutuksesta kieltäytymisenä. Lisätietoa mahdollisuudesta perua hakemus saa asiointipisteestä.',
    },
    sv: {
      areaTitle: 'Arbetskraftsutbildning',
      loadFailed: 'Uppgifterna kunde inte hämtas just nu. Ingenting har gått förlorat; försök igen om en stund.',
      pageFailed: 'Sidan kunde inte öppnas just nu. Kontrollera nätverksanslutningen och försök igen. Ingenting har gått förlorat.',
      backToArea: 'Tillbaka till arbetskraftsutbildningen',
      notFoundTitle: 'Utbildningen hittades inte',
      daysLeft: '{count} dagar kvar',
      daysLeftOne: '1 dag kvar',
      dueToday: 'Sista ansökningsdagen är i dag',
      deadlinePassed: 'Ansökningstiden har gått ut',
      provider: 'Anordnare',
      place: 'Ort',
      remote: 'Distansundervisning',
      language: 'Undervisningsspråk',
      dates: 'Tid',
      dateRange: '{start}–{end}',
      applicationPeriod: 'Ansökningstid',
      forWhom: 'För vem',
      state: 'Ansökans läge',
      reference: 'Referens',
      submittedAt: 'Skickad',
      closedShort: 'Ansökningstiden har gått ut',
      'state.submitted': 'Mottagen',
      'state.in-review': 'I urvalet',
      'state.interview': 'I urvalet',
      'state.selected': 'Antagen',
      'state.reserve': 'Reserv',
      'state.rejected': 'Inte antagen',
      'state.withdrawn': 'Återtagen',
      'language.fi': 'finska',
      'language.sv': 'svenska',
      'language.en': 'engelska',
      commitment1:
        'Genom att lämna in en utbildningsansökan förbinder sig sökanden att börja utbildningen om han eller hon blir antagen. Om sökanden utan giltigt skäl vägrar ta emot en lämplig utbildning som erbjudits, förlorar sökanden rätten till arbetslöshetsförmån antingen för en viss tid eller tills vidare. Som en sådan utbildning betraktas också en utbildning som personen har sökt till på eget initiativ. TE-byrån utreder om det har funnits ett giltigt skäl att vägra.',
      commitment2:
        'I vissa situationer kan ansökan återtas utan att det betraktas som en vägran att delta i utbildning. Mer information om möjligheten att återta ansökan får man vid serviceställen.',
    },
    en: {
      areaTitle: 'Labour market training',
      loadFailed: 'The data could not be fetched just now. Nothing has been lost; please try again in a moment.',
      pageFailed: 'The page could not be opened just now. Check your network connection and try again. Nothing has been lost.',
      backToArea: 'Back to labour market training',
      notFoundTitle: 'Training not found',
      daysLeft: '{count} days left',
      daysLeftOne: '1 day left',
      dueToday: 'Last day to apply is today',
      deadlinePassed: 'Application period has ended',
      provider: 'Provider',
      place: 'Place',
      remote: 'Remote',
      language: 'Language of teaching',
      dates: 'Dates',
      dateRange: '{start} to {end}',
      applicationPeriod: 'Application period',
      forWhom: 'Who it is for',
      state: 'Application status',
      reference: 'Reference',
      submittedAt: 'Sent',
      closedShort: 'Application period ended',
      'state.submitted': 'Received',
      'state.in-review': 'In selection',
      'state.interview': 'In selection',
      'state.selected': 'Selected',
      'state.reserve': 'Reserve',
      'state.rejected': 'Not selected',
      'state.withdrawn': 'Withdrawn',
      'language.fi': 'Finnish',
      'language.sv': 'Swedish',
      'language.en': 'English',
      commitment1:
        'By submitting a training application, the applicant commits to starting the training if selected. If the applicant refuses suitable training offered to them without a valid reason, they lose the right to unemployment benefit either for a fixed period or until further notice. This also applies to training the person has applied for on their own initiative. The TE Office examines whether there was a valid reason for refusing.',
      commitment2:
        'In some situations the application can be withdrawn without this being regarded as refusing training. More information on withdrawing an application is available from the service point.',
    },
  } satisfies MessagesWith<StateKey | LanguageKey>),
);

export type AreaMessageKey = keyof (typeof areaMessages)['fi'];
