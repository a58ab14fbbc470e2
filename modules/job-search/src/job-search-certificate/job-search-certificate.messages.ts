import { defineMessages } from '@portal/shared-contracts';

export const messages = defineMessages({
  fi: {
    title: 'Todistus työnhaun voimassaolosta',
    intro:
      'Tällä todistuksella voit osoittaa esimerkiksi työttömyyskassalle, Kelalle tai työnantajalle, että olet ilmoittautunut työnhakijaksi ja työnhakusi on voimassa.',
    loading: 'Todistusta tehdään…',
    loadFailed: 'Todistusta ei juuri nyt saatu tehtyä. Yritä hetken kuluttua uudelleen.',
    statement: '{name} on ilmoittautunut työnhakijaksi. Työnhaku on voimassa {date} alkaen.',
    personHeading: 'Henkilö',
    jobSeekingHeading: 'Työnhaku',
    name: 'Nimi',
    hetu: 'Henkilötunnus',
    birthDate: 'Syntymäaika',
    startDate: 'Voimassa alkaen',
    status: 'Tilanne',
    handler: 'Työnhakua hoitaa',
    issuedAt: 'Todistus annettu',
    reference: 'Tarkistuskoodi',
    referenceHint:
      'Todistuksen voi tarkistaa työnhakua hoitavasta toimistosta tällä koodilla. Todistus kertoo tilanteen sen antamishetkellä.',
    issuedBy: 'Todistus on tulostettu verkkopalvelusta Oma asiointi (Työmarkkinatori).',
    print: 'Tulosta todistus',
    notFound: 'Sinulla ei ole voimassa olevaa työnhakua, joten todistusta ei voi tehdä.',
  },
  sv: {
    title: 'Intyg över att arbetssökandet är i kraft',
    intro:
      'Med det här intyget kan du visa till exempel arbetslöshetskassan, FPA eller en arbetsgivare att du har anmält dig som arbetssökande och att ditt arbetssökande är i kraft.',
    loading: 'Intyget görs…',
    loadFailed: 'Intyget kunde inte göras just nu. Försök igen om en stund.',
    statement: '{name} har anmält sig som arbetssökande. Arbetssökandet är i kraft från och med {date}.',
    personHeading: 'Person',
    jobSeekingHeading: 'Arbetssökande',
    name: 'Namn',
    hetu: 'Personbeteckning',
    birthDate: 'Födelsedatum',
    startDate: 'I kraft från och med',
    status: 'Situation',
    handler: 'Arbetssökandet sköts av',
    issuedAt: 'Intyget utfärdat',
    reference: 'Kontrollkod',
    referenceHint: 'Intyget kan kontrolleras hos byrån som sköter arbetssökandet med den här koden. Intyget visar läget då det utfärdades.',
    issuedBy: 'Intyget har skrivits ut från e-tjänsten Mina ärenden (Jobbmarknad Finland).',
    print: 'Skriv ut intyget',
    notFound: 'Du har inget arbetssökande som är i kraft, så något intyg kan inte göras.',
  },
  en: {
    title: 'Certificate of valid job seeking',
    intro:
      'With this certificate you can show, for example, an unemployment fund, Kela or an employer that you have registered as a job seeker and that your job seeking is valid.',
    loading: 'Making the certificate…',
    loadFailed: 'The certificate could not be made just now. Please try again in a moment.',
    statement: '{name} has registered as a job seeker. The job seeking is valid from {date}.',
    personHeading: 'Person',
    jobSeekingHeading: 'Job seeking',
    name: 'Name',
    hetu: 'Personal identity code',
    birthDate: 'Date of birth',
    startDate: 'Valid from',
    status: 'Situation',
    handler: 'Handled by',
    issuedAt: 'Issued',
    reference: 'Reference code',
    referenceHint:
      'The office handling the job seeking can confirm the certificate by this code. The certificate shows the situation when it was issued.',
    issuedBy: 'Printed from My e-services (Job Market Finland).',
    print: 'Print the certificate',
    notFound: 'You have no valid job seeking, so no certificate can be made.',
  },
});

export type MessageKey = keyof (typeof messages)['fi'];
