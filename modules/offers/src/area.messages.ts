import { defineMessages } from '@portal/shared-contracts';
import type { JobOfferOutcome, JobOfferState } from '@portal/shared-contracts/offers';
import { withUiMessages } from '@portal/ui-kit/page';

type StateKey = `state.${JobOfferState}`;
type OutcomeKey = `outcome.${JobOfferOutcome}`;

/**
 * What every page of the area says the same way: the names of a job offer's states and outcomes,
 * an apply-by date's tag, the facts of an offer and the apply link. The list and the offer page
 * both carry them, so they are kept short; the kit's own words (`retry`, `loading`…) come with them.
 */
export const areaMessages = withUiMessages(
  defineMessages<
    | 'areaTitle'
    | 'loadFailed'
    | 'pageFailed'
    | 'backToArea'
    | 'notFoundTitle'
    | 'kind.job'
    | 'kind.training'
    | 'daysLeft'
    | 'daysLeftOne'
    | 'dueToday'
    | 'deadlinePassed'
    | 'applyBy'
    | 'employer'
    | 'location'
    | 'provider'
    | 'dates'
    | 'dateRange'
    | 'offeredOn'
    | 'state'
    | 'outcome'
    | 'outcomeLabel'
    | 'applyLink'
    | 'newTab'
    | StateKey
    | OutcomeKey
  >({
    fi: {
      areaTitle: 'Tarjoukset',
      loadFailed: 'Tietoja ei juuri nyt saatu haettua. Mitään ei ole kadonnut; yritä hetken kuluttua uudelleen.',
      pageFailed: 'Sivua ei juuri nyt saatu avattua. Tarkista verkkoyhteys ja yritä uudelleen. Mitään ei ole kadonnut.',
      backToArea: 'Takaisin tarjouksiin',
      notFoundTitle: 'Tarjousta ei löytynyt',
      'kind.job': 'Työtarjous',
      'kind.training': 'Koulutustarjous',
      daysLeft: '{count} päivää aikaa',
      daysLeftOne: '1 päivä aikaa',
      dueToday: 'Viimeinen päivä on tänään',
      deadlinePassed: 'Hakuaika on päättynyt',
      applyBy: 'Hae viimeistään',
      employer: 'Työnantaja',
      location: 'Sijainti',
      provider: 'Järjestäjä',
      dates: 'Ajankohta',
      dateRange: '{start}–{end}',
      offeredOn: 'Tarjottu',
      state: 'Tilanne',
      outcome: 'Tulos',
      outcomeLabel: 'Tulos: {outcome}',
      applyLink: 'Hae koulutukseen',
      newTab: '(avautuu uuteen välilehteen)',
      'state.assigned': 'Odottaa ilmoitustasi',
      'state.applied': 'Haettu',
      'state.not-applied': 'Ei haettu',
      'outcome.hired': 'Sain työpaikan',
      'outcome.not-hired': 'En saanut työpaikkaa',
      'outcome.no-answer': 'Työnantaja ei vastannut',
    },
    sv: {
      areaTitle: 'Erbjudanden',
      loadFailed: 'Uppgifterna kunde inte hämtas just nu. Ingenting har gått förlorat; försök igen om en stund.',
      pageFailed: 'Sidan kunde inte öppnas just nu. Kontrollera nätverksanslutningen och försök igen. Ingenting har gått förlorat.',
      backToArea: 'Tillbaka till erbjudandena',
      notFoundTitle: 'Erbjudandet hittades inte',
      'kind.job': 'Jobberbjudande',
      'kind.training': 'Utbildningserbjudande',
      daysLeft: '{count} dagar kvar',
      daysLeftOne: '1 dag kvar',
      dueToday: 'Sista dagen är i dag',
      deadlinePassed: 'Ansökningstiden har gått ut',
      applyBy: 'Sök senast',
      employer: 'Arbetsgivare',
      location: 'Ort',
      provider: 'Anordnare',
      dates: 'Tid',
      dateRange: '{start}–{end}',
      offeredOn: 'Erbjudet',
      state: 'Läge',
      outcome: 'Resultat',
      outcomeLabel: 'Resultat: {outcome}',
      applyLink: 'Ansök till utbildningen',
      newTab: '(öppnas i en ny flik)',
      'state.assigned': 'Väntar på din anmälan',
      'state.applied': 'Sökt',
      'state.not-applied': 'Inte sökt',
      'outcome.hired': 'Jag fick jobbet',
      'outcome.not-hired': 'Jag fick inte jobbet',
      'outcome.no-answer': 'Arbetsgivaren svarade inte',
    },
    en: {
      areaTitle: 'Offers',
      loadFailed: 'The data could not be fetched just now. Nothing has been lost; please try again in a moment.',
      pageFailed: 'The page could not be opened just now. Check your network connection and try again. Nothing has been lost.',
      backToArea: 'Back to offers',
      notFoundTitle: 'Offer not found',
      'kind.job': 'Job offer',
      'kind.training': 'Training offer',
      daysLeft: '{count} days left',
      daysLeftOne: '1 day left',
      dueToday: 'Last day is today',
      deadlinePassed: 'Application period has ended',
      applyBy: 'Apply by',
      employer: 'Employer',
      location: 'Location',
      provider: 'Provider',
      dates: 'Dates',
      dateRange: '{start} to {end}',
      offeredOn: 'Offered',
      state: 'Status',
      outcome: 'Outcome',
      outcomeLabel: 'Outcome: {outcome}',
      applyLink: 'Apply for the training',
      newTab: '(opens in a new tab)',
      'state.assigned': 'Awaiting your report',
      'state.applied': 'Applied',
      'state.not-applied': 'Not applied',
      'outcome.hired': 'I got the job',
      'outcome.not-hired': 'I did not get the job',
      'outcome.no-answer': 'The employer did not answer',
    },
  }),
);

export type AreaMessageKey = keyof (typeof areaMessages)['fi'];
