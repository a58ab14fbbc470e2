import { defineMessages } from '@portal/shared-contracts';

// Ending job seeking. The reasons' labels are the kit's (`endReason.*`: the area page shows the
// reason of an ended period by them too); only hints and this form's own wording are here.

export const messages = defineMessages({
  fi: {
    titleEdit: 'Lopeta työnhaku',
    titleCheck: 'Tarkista ennen kuin lopetat työnhaun',
    titleReceipt: 'Olet ilmoittanut työnhakusi päättymisestä',
    intro:
      'Ilmoita tässä, jos et enää tarvitse työnhakua, esimerkiksi koska olet saanut työtä. Kaikkiin kohtiin on vastattava, ellei kohdassa lue (vapaaehtoinen).',
    reasonLegend: 'Miksi lopetat työnhaun?',
    'reasonHint.employed': 'Olet saanut työtä, kokoaikaista tai osa-aikaista',
    'reasonHint.studies': 'Aloitat päätoimiset opinnot',
    'reasonHint.no-need': 'Esimerkiksi jäät eläkkeelle tai vanhempainvapaalle',
    'reasonHint.other': 'Kerro syy lisätiedoissa',
    date: 'Työnhakusi viimeinen päivä',
    dateHint: 'Työnhakusi on voimassa tähän päivään asti. Päivä väliltä {min}–{max}.',
    detailsHint: 'Esimerkiksi uuden työnantajasi nimi tai muu syy lopettaa työnhaku.',
    'error.date.required': 'Anna työnhakusi viimeinen päivä.',
    'error.date.invalid': 'Työnhakusi viimeistä päivää ei ole kalenterissa. Tarkista päivä ja kuukausi.',
    'error.end-date.before-start': 'Viimeinen päivä ei voi olla ennen työnhakusi alkamista ({date}).',
    'error.date.range': 'Viimeisen päivän on oltava enintään vuoden päässä tästä päivästä.',
    checkIntro: 'Tarkista tiedot. Työnhakusi päättyy vasta, kun painat Lopeta työnhaku.',
    warningHeading: 'Mitä työnhaun lopettaminen tarkoittaa',
    warningOffice:
      'Työnhakuasi hoitava toimisto lopettaa työnhakusi käsittelyn {date} jälkeen. Sen jälkeen et ole työnhakija etkä saa työnhakijan palveluja.',
    warningBenefit: 'Jos saat työttömyysetuutta, sen maksaminen voi päättyä, koska etuus edellyttää voimassa olevaa työnhakua.',
    warningPayer: 'Tieto lopettamisesta lähetetään etuuden maksajalle: {payer}.',
    warningPayerDuty: 'Tämä ei korvaa omaa ilmoitusvelvollisuuttasi. Ilmoita asiasta myös itse etuuden maksajalle ({payer}).',
    warningAgain: 'Voit ilmoittautua työnhakijaksi uudelleen myöhemmin.',
    send: 'Lopeta työnhaku',
    rowReason: 'Syy',
    rowDate: 'Viimeinen päivä',
    receiptHeading: 'Ilmoituksesi työnhaun lopettamisesta on vastaanotettu',
    receiptLastDay: 'Työnhakusi viimeinen päivä on {date}.',
    receiptPayer: 'Tieto lopettamisesta lähetettiin etuuden maksajalle ({payer}) {time}.',
    receiptPayerDuty: 'Muista ilmoittaa asiasta myös itse etuuden maksajalle. Tämä ilmoitus ei korvaa sitä.',
    registerAgainText: 'Jos tarvitset myöhemmin taas työnhaun palveluja, voit ilmoittautua työnhakijaksi uudelleen.',
    registerAgain: 'Ilmoittaudu työnhakijaksi uudelleen',
    notActive: 'Työnhakusi ei ole voimassa, joten sitä ei tarvitse lopettaa.',
    alreadyEnding:
      'Olet jo ilmoittanut, että työnhakusi viimeinen päivä on {date}. Jos päivä muuttuu, ota yhteyttä työnhakuasi hoitavaan toimistoon.',
    conflict:
      'Työnhakusi tietoja muutettiin sillä välin (esimerkiksi toisessa ikkunassa tai toimistossa). Näet nyt uusimmat tiedot, ja kirjoittamasi tiedot ovat tallessa. Tarkista ne ja lähetä uudelleen.',
    conflictEnded:
      'Työnhakusi päättyi tai sen päättymisestä ilmoitettiin sillä välin (esimerkiksi toisessa ikkunassa tai toimistossa), joten ilmoitusta ei lähetetty.',
  },
  sv: {
    titleEdit: 'Avsluta arbetssökandet',
    titleCheck: 'Kontrollera innan du avslutar arbetssökandet',
    titleReceipt: 'Du har anmält att ditt arbetssökande avslutas',
    intro:
      'Anmäl här om du inte längre behöver vara arbetssökande, till exempel för att du har fått arbete. Alla punkter ska besvaras om det inte står (frivilligt) vid dem.',
    reasonLegend: 'Varför avslutar du arbetssökandet?',
    'reasonHint.employed': 'Du har fått arbete, på heltid eller deltid',
    'reasonHint.studies': 'Du börjar studera på heltid',
    'reasonHint.no-need': 'Till exempel går du i pension eller på föräldraledighet',
    'reasonHint.other': 'Berätta om orsaken under tilläggsuppgifter',
    date: 'Sista dagen för ditt arbetssökande',
    dateHint: 'Ditt arbetssökande är i kraft till och med den dagen. Ett datum mellan {min} och {max}.',
    detailsHint: 'Till exempel namnet på din nya arbetsgivare eller en annan orsak till att du avslutar arbetssökandet.',
    'error.date.required': 'Ange sista dagen för ditt arbetssökande.',
    'error.date.invalid': 'Den sista dagen för ditt arbetssökande finns inte i kalendern. Kontrollera dag och månad.',
    'error.end-date.before-start': 'Sista dagen kan inte vara före början av ditt arbetssökande ({date}).',
    'error.date.range': 'Sista dagen får vara högst ett år från i dag.',
    checkIntro: 'Kontrollera uppgifterna. Ditt arbetssökande avslutas först när du trycker på Avsluta arbetssökandet.',
    warningHeading: 'Vad det innebär att avsluta arbetssökandet',
    warningOffice:
      'Byrån som sköter ditt arbetssökande slutar behandla det efter {date}. Därefter är du inte arbetssökande och får inte tjänster för arbetssökande.',
    warningBenefit: 'Om du får arbetslöshetsförmån kan utbetalningen upphöra, eftersom förmånen förutsätter att arbetssökandet är i kraft.',
    warningPayer: 'Uppgiften om att du avslutar arbetssökandet skickas till den som betalar förmånen: {payer}.',
    warningPayerDuty:
      'Det ersätter inte din egen skyldighet att anmäla ändringar. Anmäl det också själv till den som betalar förmånen ({payer}).',
    warningAgain: 'Du kan anmäla dig som arbetssökande igen senare.',
    send: 'Avsluta arbetssökandet',
    rowReason: 'Orsak',
    rowDate: 'Sista dagen',
    receiptHeading: 'Din anmälan om att avsluta arbetssökandet har tagits emot',
    receiptLastDay: 'Sista dagen för ditt arbetssökande är {date}.',
    receiptPayer: 'Uppgiften skickades till den som betalar förmånen ({payer}) {time}.',
    receiptPayerDuty: 'Kom ihåg att också själv meddela den som betalar förmånen. Den här anmälan ersätter inte det.',
    registerAgainText: 'Om du senare behöver tjänster för arbetssökande igen kan du anmäla dig som arbetssökande på nytt.',
    registerAgain: 'Anmäl dig som arbetssökande på nytt',
    notActive: 'Ditt arbetssökande är inte i kraft, så du behöver inte avsluta det.',
    alreadyEnding:
      'Du har redan anmält att sista dagen för ditt arbetssökande är {date}. Om dagen ändras, kontakta byrån som sköter ditt arbetssökande.',
    conflict:
      'Uppgifterna om ditt arbetssökande ändrades under tiden (till exempel i ett annat fönster eller på byrån). Du ser nu de senaste uppgifterna, och det du skrev finns kvar. Kontrollera det och skicka igen.',
    conflictEnded:
      'Ditt arbetssökande upphörde eller dess slut anmäldes under tiden (till exempel i ett annat fönster eller på byrån), så anmälan skickades inte.',
  },
  en: {
    titleEdit: 'End job seeking',
    titleCheck: 'Check before you end your job seeking',
    titleReceipt: 'You have reported the end of your job seeking',
    intro:
      'Tell us here if you no longer need job seeking, for example because you have found work. Answer every item unless it says (optional).',
    reasonLegend: 'Why are you ending your job seeking?',
    'reasonHint.employed': 'You have found work, full-time or part-time',
    'reasonHint.studies': 'You are starting full-time studies',
    'reasonHint.no-need': 'For example you are retiring or going on parental leave',
    'reasonHint.other': 'Tell us the reason in the details',
    date: 'Last day of your job seeking',
    dateHint: 'Your job seeking is valid until the end of this day. A date between {min} and {max}.',
    detailsHint: 'For example the name of your new employer, or another reason for ending your job seeking.',
    'error.date.required': 'Enter the last day of your job seeking.',
    'error.date.invalid': 'The last day of your job seeking does not exist. Check the day and month.',
    'error.end-date.before-start': 'The last day cannot be before your job seeking started ({date}).',
    'error.date.range': 'The last day must be within a year of today.',
    checkIntro: 'Check the details. Your job seeking ends only when you press End job seeking.',
    warningHeading: 'What ending your job seeking means',
    warningOffice:
      'The office handling your job seeking stops handling it after {date}. After that you are not a job seeker and do not get services for job seekers.',
    warningBenefit: 'If you receive unemployment benefit, it may stop, because the benefit requires valid job seeking.',
    warningPayer: 'The end of your job seeking will be sent to the benefit payer: {payer}.',
    warningPayerDuty: 'This does not replace your own duty to report changes. Tell the benefit payer ({payer}) yourself as well.',
    warningAgain: 'You can register as a job seeker again later.',
    send: 'End job seeking',
    rowReason: 'Reason',
    rowDate: 'Last day',
    receiptHeading: 'Your notice of ending job seeking has been received',
    receiptLastDay: 'The last day of your job seeking is {date}.',
    receiptPayer: 'The end of your job seeking was sent to the benefit payer ({payer}) on {time}.',
    receiptPayerDuty: 'Remember to tell the benefit payer yourself as well. This notice does not replace that.',
    registerAgainText: 'If you need job-seeking services again later, you can register as a job seeker again.',
    registerAgain: 'Register as a job seeker again',
    notActive: 'Your job seeking is not valid, so there is nothing to end.',
    alreadyEnding:
      'You have already reported that the last day of your job seeking is {date}. If the day changes, contact the office handling your job seeking.',
    conflict:
      'Your job seeking was changed meanwhile (for example in another window or at the office). You now see the latest details, and what you entered is kept. Check it and send it again.',
    conflictEnded:
      'Your job seeking ended, or its end was reported, meanwhile (for example in another window or at the office), so this notice was not sent.',
  },
});

export type MessageKey = keyof (typeof messages)['fi'];
