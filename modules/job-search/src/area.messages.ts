import { defineMessages } from '@portal/shared-contracts';
import { type ChangeKind, type EndReason, type JobSearchError } from '@portal/shared-contracts/job-search';

/**
 * What the contract's error codes (JOB_SEARCH_ERRORS, the issue messages of its schemas) say to the
 * person, in every language. One place for every form of the area, so the same mistake reads the
 * same everywhere; `Record<JobSearchError, …>` makes a new code without a message a compile error.
 * Written as GOV.UK advises: say what to do, not what went wrong.
 */
export const errorMessages = defineMessages<JobSearchError>({
  fi: {
    'phone.invalid': 'Anna puhelinnumero numeroina, esimerkiksi 040 123 4567.',
    'email.invalid': 'Anna sähköpostiosoite muodossa nimi@esimerkki.fi.',
    'status.required': 'Valitse, mikä kuvaa tilannettasi.',
    'education.level.required': 'Valitse koulutusaste.',
    'education.field.required': 'Kirjoita tutkinto tai koulutusala.',
    'education.year.invalid': 'Anna valmistumisvuosi neljänä numerona väliltä 1940–2100, esimerkiksi 2015.',
    'education.too-many': 'Voit antaa enintään 10 koulutusta.',
    'work.employer.required': 'Kirjoita työnantajan nimi.',
    'work.title.required': 'Kirjoita tehtävänimike.',
    'work.month.invalid': 'Anna kuukausi numerona 1–12 ja vuosi neljänä numerona.',
    'work.end-before-start': 'Päättymiskuukausi ei voi olla ennen aloituskuukautta.',
    'work.too-many': 'Voit antaa enintään 20 työsuhdetta.',
    'sought.occupations.required': 'Kirjoita ammatti tai tehtävä, jota haet.',
    'sought.occupation.too-long': 'Ammatti tai tehtävä voi olla enintään 80 merkkiä.',
    'sought.occupations.too-many': 'Voit antaa enintään viisi ammattia tai tehtävää.',
    'sought.regions.required': 'Valitse, mistä haet työtä.',
    'sought.countries.required': 'Valitse maa.',
    'sought.work-time.required': 'Valitse, haetko kokoaikatyötä vai osa-aikatyötä.',
    'goals.too-long': 'Tavoitteesi voivat olla enintään 2 000 merkkiä pitkät. Lyhennä tekstiä.',
    'benefit.required': 'Valitse, haetko tai saatko työttömyysetuutta.',
    'benefit.fund.required': 'Valitse etuuden maksaja.',
    'benefit.other-fund.required': 'Kirjoita työttömyyskassan nimi.',
    'benefit.other-fund.too-long': 'Nimi on liian pitkä.',
    'date.invalid': 'Anna oikea päivämäärä.',
    'date.range': 'Päivän on oltava enintään vuoden päässä tästä päivästä.',
    'date.before-job-seeking': 'Päivä ei voi olla ennen työnhakusi alkamista.',
    'end-date.required': 'Anna päättymispäivä.',
    'end-date.before-start': 'Päättymispäivä ei voi olla ennen alkamispäivää.',
    'text.required': 'Täytä tämä kohta.',
    'text.too-long': 'Teksti on liian pitkä. Lyhennä sitä.',
    'country.invalid': 'Valitse maa.',
    'reason.required': 'Valitse syy.',
    'details.other-reason.required': 'Kerro lisätiedoissa, miksi työnhakusi päättyy.',
    'answer.required': 'Vastaa tähän kysymykseen.',
    'answer.invalid': 'Tarkista vastauksesi.',
  },
  sv: {
    'phone.invalid': 'Ange telefonnumret med siffror, till exempel 040 123 4567.',
    'email.invalid': 'Ange e-postadressen i formen namn@exempel.fi.',
    'status.required': 'Välj det som beskriver din situation.',
    'education.level.required': 'Välj utbildningsnivå.',
    'education.field.required': 'Skriv examen eller utbildningsområde.',
    'education.year.invalid': 'Ange examensåret med fyra siffror mellan 1940 och 2100, till exempel 2015.',
    'education.too-many': 'Du kan ange högst 10 utbildningar.',
    'work.employer.required': 'Skriv arbetsgivarens namn.',
    'work.title.required': 'Skriv yrkesbeteckningen.',
    'work.month.invalid': 'Ange månaden med en siffra 1–12 och året med fyra siffror.',
    'work.end-before-start': 'Slutmånaden kan inte vara före startmånaden.',
    'work.too-many': 'Du kan ange högst 20 anställningar.',
    'sought.occupations.required': 'Skriv ett yrke eller en uppgift som du söker.',
    'sought.occupation.too-long': 'Ett yrke eller en uppgift får vara högst 80 tecken.',
    'sought.occupations.too-many': 'Du kan ange högst fem yrken eller uppgifter.',
    'sought.regions.required': 'Välj var du söker arbete.',
    'sought.countries.required': 'Välj land.',
    'sought.work-time.required': 'Välj om du söker heltids- eller deltidsarbete.',
    'goals.too-long': 'Dina mål får vara högst 2 000 tecken långa. Korta ner texten.',
    'benefit.required': 'Välj om du söker eller får arbetslöshetsförmån.',
    'benefit.fund.required': 'Välj vem som betalar förmånen.',
    'benefit.other-fund.required': 'Skriv arbetslöshetskassans namn.',
    'benefit.other-fund.too-long': 'Namnet är för långt.',
    'date.invalid': 'Ange ett giltigt datum.',
    'date.range': 'Datumet får vara högst ett år från i dag.',
    'date.before-job-seeking': 'Datumet kan inte vara före början av ditt arbetssökande.',
    'end-date.required': 'Ange slutdatum.',
    'end-date.before-start': 'Slutdatumet kan inte vara före startdatumet.',
    'text.required': 'Fyll i den här punkten.',
    'text.too-long': 'Texten är för lång. Korta ner den.',
    'country.invalid': 'Välj land.',
    'reason.required': 'Välj orsak.',
    'details.other-reason.required': 'Berätta under tilläggsuppgifter varför ditt arbetssökande avslutas.',
    'answer.required': 'Svara på den här frågan.',
    'answer.invalid': 'Kontrollera ditt svar.',
  },
  en: {
    'phone.invalid': 'Enter the phone number in digits, for example 040 123 4567.',
    'email.invalid': 'Enter an email address like name@example.fi.',
    'status.required': 'Select what describes your situation.',
    'education.level.required': 'Select the level of education.',
    'education.field.required': 'Enter the degree or field of education.',
    'education.year.invalid': 'Enter the year of graduation as four digits between 1940 and 2100, for example 2015.',
    'education.too-many': 'You can give at most 10 educations.',
    'work.employer.required': 'Enter the name of the employer.',
    'work.title.required': 'Enter the job title.',
    'work.month.invalid': 'Enter the month as a number from 1 to 12 and the year as four digits.',
    'work.end-before-start': 'The end month cannot be before the start month.',
    'work.too-many': 'You can give at most 20 jobs.',
    'sought.occupations.required': 'Enter an occupation or job you are looking for.',
    'sought.occupation.too-long': 'An occupation or job can be at most 80 characters.',
    'sought.occupations.too-many': 'You can give at most five occupations or jobs.',
    'sought.regions.required': 'Choose where you are looking for work.',
    'sought.countries.required': 'Select a country.',
    'sought.work-time.required': 'Select whether you are looking for full-time or part-time work.',
    'goals.too-long': 'Your goals can be at most 2,000 characters long. Shorten the text.',
    'benefit.required': 'Select whether you are applying for or receiving unemployment benefit.',
    'benefit.fund.required': 'Select who pays the benefit.',
    'benefit.other-fund.required': 'Enter the name of the unemployment fund.',
    'benefit.other-fund.too-long': 'The name is too long.',
    'date.invalid': 'Enter a real date.',
    'date.range': 'The date must be within a year of today.',
    'date.before-job-seeking': 'The date cannot be before your job seeking started.',
    'end-date.required': 'Enter the end date.',
    'end-date.before-start': 'The end date cannot be before the start date.',
    'text.required': 'Fill in this item.',
    'text.too-long': 'The text is too long. Shorten it.',
    'country.invalid': 'Select a country.',
    'reason.required': 'Select a reason.',
    'details.other-reason.required': 'Tell us in the details why your job seeking ends.',
    'answer.required': 'Answer this question.',
    'answer.invalid': 'Check your answer.',
  },
});

type ChangeKindKey = `changeKind.${ChangeKind}`;
type EndReasonKey = `endReason.${EndReason}`;

/**
 * The area's shared texts: what every form of the area says the same way (its buttons, the way back),
 * the labels of change kinds and end reasons, which the area page and the change and end forms all
 * show, and a deadline's tag (the area page and the assessment). Every element of the area has them
 * among its own (`withAreaMessages` in area.ts); the UI kit's words (buttons, the error summary, the
 * character count) stay the kit's.
 */
export const areaMessages = defineMessages<
  | 'continue'
  | 'cancel'
  | 'register'
  | 'details'
  | 'backToJobSearch'
  | 'notGiven'
  | 'daysLeft'
  | 'daysLeftOne'
  | 'dueToday'
  | 'late'
  | ChangeKindKey
  | EndReasonKey
>({
  fi: {
    continue: 'Jatka tarkistamaan',
    cancel: 'Peruuta',
    register: 'Ilmoittaudu työnhakijaksi',
    details: 'Lisätietoja',
    backToJobSearch: 'Takaisin työnhakuun',
    notGiven: 'Ei ilmoitettu',
    daysLeft: '{count} päivää aikaa',
    daysLeftOne: '1 päivä aikaa',
    dueToday: 'Viimeinen päivä on tänään',
    late: 'Myöhässä',
    'changeKind.work': 'Työn aloittaminen',
    'changeKind.business': 'Yritystoiminnan aloittaminen',
    'changeKind.studies': 'Opiskelu',
    'changeKind.sickness': 'Sairaus',
    'changeKind.travel': 'Ulkomaanmatka',
    'endReason.employed': 'Työllistyin',
    'endReason.business': 'Aloitin yritystoiminnan',
    'endReason.studies': 'Aloitin opiskelun',
    'endReason.moved-abroad': 'Muutin ulkomaille',
    'endReason.no-need': 'En tarvitse enää työnhakua',
    'endReason.other': 'Muu syy',
  },
  sv: {
    continue: 'Fortsätt till kontrollen',
    cancel: 'Avbryt',
    register: 'Anmäl dig som arbetssökande',
    details: 'Tilläggsuppgifter',
    backToJobSearch: 'Tillbaka till arbetssökandet',
    notGiven: 'Inte angivet',
    daysLeft: '{count} dagar kvar',
    daysLeftOne: '1 dag kvar',
    dueToday: 'Sista dagen är i dag',
    late: 'Försenad',
    'changeKind.work': 'Började arbeta',
    'changeKind.business': 'Började som företagare',
    'changeKind.studies': 'Studier',
    'changeKind.sickness': 'Sjukdom',
    'changeKind.travel': 'Utlandsresa',
    'endReason.employed': 'Jag fick arbete',
    'endReason.business': 'Jag började som företagare',
    'endReason.studies': 'Jag började studera',
    'endReason.moved-abroad': 'Jag flyttade utomlands',
    'endReason.no-need': 'Jag behöver inte längre vara arbetssökande',
    'endReason.other': 'Annan orsak',
  },
  en: {
    continue: 'Continue to check',
    cancel: 'Cancel',
    register: 'Register as a job seeker',
    details: 'Details',
    backToJobSearch: 'Back to job seeking',
    notGiven: 'Not given',
    daysLeft: '{count} days left',
    daysLeftOne: '1 day left',
    dueToday: 'Due today',
    late: 'Late',
    'changeKind.work': 'Starting work',
    'changeKind.business': 'Starting a business',
    'changeKind.studies': 'Studies',
    'changeKind.sickness': 'Sickness',
    'changeKind.travel': 'Travel abroad',
    'endReason.employed': 'I found work',
    'endReason.business': 'I started a business',
    'endReason.studies': 'I started studying',
    'endReason.moved-abroad': 'I moved abroad',
    'endReason.no-need': 'I no longer need job seeking',
    'endReason.other': 'Other reason',
  },
});

export type AreaMessageKey = keyof (typeof areaMessages)['fi'];
