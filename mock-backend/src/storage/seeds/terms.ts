// The terms of use in their versions (issue 21). The seed's terms (in force since 15.3.2023) were
// the shell's info page text; they live here now, in the database, so that an operator adds a
// version (POST /admin-api/terms) without a new build of the shell.
import type { TermsText } from '@portal/shared-contracts/terms';
import { termsVersions } from '../schema/index.js';
import type { Database } from '../storage.js';

type TermsTexts = { fi: TermsText; sv: TermsText; en: TermsText };

/**
 * The operating system and application versions the terms name as unsupported: Suomi.fi no longer
 * identifies them (since 5.6.2019). Names, the same in every language.
 */
const UNSUPPORTED_CLIENTS: string[] = [
  'Android 2.3.7',
  'Android 4.0.4',
  'Android 4.1.1',
  'Android 4.2.2',
  'Android 4.3',
  'IE 7 / Vista',
  'IE 10 / Win Phone 8.0',
  'IE 8-10 / Win 7',
  'Safari 6.0.4 / OS X 10.8.4',
  'Safari 5.1.9 / OS X 10.6.8',
  'Java 7u25',
  'Baidu Jan 2015',
  'OpenSSL 0.9.8y',
];

/**
 * The seed's terms of use, as in force since 15.03.2023. One deliberate change: the seed's line
 * saying some applications are not adapted to phones is replaced, because this portal is.
 */
export const TERMS_2023: TermsTexts = {
  fi: {
    sections: [
      {
        heading: 'Palvelun kuvaus',
        paragraphs: [
          'Palvelun tarjoaa ELY-keskusten sekä TE-toimistojen kehittämis- ja hallintokeskus (KEHA-keskus), josta jatkossa käytetään nimitystä Palveluntarjoaja. Palvelua käyttävästä henkilöstä käytetään nimitystä Asiakas.',
          'Oma asiointi kerää yhteen asiakkaan ajankohtaiset asioinnit ja muokkautuu tilanteen mukaan henkilön asiointia helpottaen. Oma asioinnin sivuilla ja sen alaisissa palveluissa tallennettavat tiedot tallentuvat julkisissa työvoima- ja yrityspalveluissa käytettävään asiakastietojärjestelmäkokonaisuuteen. Oma asiointi uudistuu ja asioinnissa siirrytään asteittain käyttämään Työmarkkinatorin uudistettua asiointipalvelua.',
        ],
      },
      {
        heading: 'Verkkopalvelun käytön tekniset edellytykset',
        paragraphs: [
          'Verkkopalvelua voi käyttää tietokoneella, jossa on internetselain ja yhteys internetiin. Internetselaimen tulee tukea TLS V1.2 tai uudempaa salausta, sallia evästeiden (cookiet) ja JavaScriptin käyttö. Verkkopalvelumme on suunniteltu ja testattu toimivaksi yleisimmillä selainten ja käyttöjärjestelmien yhdistelmillä.',
          'Palvelu perustuu henkilön vahvaan tunnistukseen, joka edellyttää selaimessa evästeiden (cookies) käyttöä. Ne ovat käytössä kuitenkin vain istunnon ajan, ja häviävät, kun selain suljetaan.',
          'Palvelua voi käyttää myös mobiililaitteilla, kuten puhelimilla ja tableteilla.',
          'Digi- ja väestötietoviraston ylläpitämän Suomi.fi-tunnistuksen kautta kirjautuminen palveluun ei enää onnistu 5.6.2019 jälkeen tietyillä vanhoilla laitteilla. Vanhoilla laitteilla tai selaimilla ei voi enää tunnistautua vahvasti, sillä niiden käytössä on tietoturvariskejä. Oma asiointi -palvelu ei tue asiointia näillä käyttöjärjestelmä- ja sovellusversioilla:',
        ],
        list: UNSUPPORTED_CLIENTS,
      },
      {
        heading: 'Palvelun avulla Asiakas voi',
        list: [
          'katsoa asiakastietojärjestelmäkokonaisuuteen merkittyjä tietojaan',
          'katsoa asiakastietojärjestelmäkokonaisuuteen merkittyjä työttömyysturvatietojaan, joita ovat selvityspyynnöt, työvoimapoliittiset lausunnot ja työvoimakoulutuksen maksatusilmoitukset',
          {
            text: 'aloittaa työnhakunsa TE-toimistossa tai kokeilualueen kunnassa',
            notes: [
              'Määräajalla 1.3.2021–30.6.2023 on voimassa laki työllisyyden edistämisen kuntakokeilusta, jonka aikana kuntakokeiluun osallistuvat kunnat vastaavat laissa säädetyn asiakaskohderyhmän asiakkuudesta TE-palveluissa.',
              'Jos henkilö hakee työttömyysetuutta, TE-toimisto, kokeilualueen kunta tai työ- ja elinkeinohallinnon asiakaspalvelukeskus antaa työttömyysetuuden maksajalle työvoimapoliittisen lausunnon työttömyysetuuden työvoimapoliittisista edellytyksistä.',
            ],
          },
          'vastata palvelutarvetta arvioiviin kysymyksiin',
          'ilmoittaa perustietoja koskevista muutoksista',
          {
            text: 'ilmoittaa eräistä työnhaun muutoksista ja työnhaun päättämisestä',
            notes: [
              'Jos henkilö hakee työttömyysetuutta, työnhaun muutoksista lähtee tieto myös työttömyysetuuden maksajalle. Tämä ei poista henkilön mahdollista velvollisuutta ilmoittaa muutoksista itse myös työttömyysetuuden maksajalle.',
            ],
          },
          'tehdä Työelämätutkan ja arvioida työn tai koulutuksen löytämiseen vaikuttavia tekijöitä',
          'hyväksyä ehdotetun suunnitelman tai laatia oman suunnitelmaehdotuksen',
          'tarkastella suunnitelmassa sovittuja tehtäviä ja kertoa niiden toteutumisesta',
          'katsoa saamiaan työ- ja koulutustarjouksia ja ilmoittaa työtarjouksen tuloksesta',
          {
            text: 'jättää hakemuksen työvoimakoulutukseen',
            notes: [
              'Jättämällä koulutushakemuksen hakija sitoutuu aloittamaan koulutuksen mikäli tulee siihen valituksi. Mikäli hakija kieltäytyy ilman pätevää syytä hänelle tarjotusta soveltuvasta koulutuksesta, hakija menettää oikeuden työttömyysetuuteen joko määräajaksi tai toistaiseksi. Tällaisena pidetään myös koulutusta, johon henkilö on hakenut oma-aloitteisesti. TE-toimisto tutkii, onko kieltäytymiselle ollut pätevä syy.',
              'Joissakin tilanteissa hakemuksen voi perua ilman, että sitä pidetään koulutuksesta kieltäytymisenä. Lisätietoa mahdollisuudesta perua hakemus saa asiointipisteestä.',
            ],
          },
          'vastata selvityspyyntöön määräaikaan mennessä ja liittää selvitykseen liitteitä',
          'hakea starttirahaa ja seurata starttirahahakemuksen käsittelytilannetta',
          'jättää starttirahan maksatushakemuksen',
          'katsella ja tulostaa asiakastietojärjestelmäkokonaisuudessa olevat omat tietonsa',
        ],
      },
      {
        heading: 'Asiakas sitoutuu',
        list: [
          'noudattamaan tunnisteet antaneen tahon kanssa tekemiään sopimuksia ja tunnisteiden käyttöön liittyviä ehtoja. Palvelua voi käyttää vain omilla henkilökohtaisilla tunnisteilla.',
          'vastaamaan siitä, että hänen palveluun toimittamansa tiedot ovat totuudenmukaisia ja palvelun käyttötarkoitusta vastaavia ja että hän ei palvelua käyttäessään aiheuta häiriötä muille käyttäjille eikä loukkaa muiden käyttäjien eikä Palveluntarjoajan oikeuksia.',
          'vastaamaan kaikista hänelle palvelun käytöstä aiheutuvista omista käyttökustannuksista (esim. Internet-verkon käyttömaksut, mahdolliset puhelumaksut).',
        ],
      },
      {
        heading: 'Palveluntarjoajan vastuut ja oikeudet',
        list: [
          'Palveluntarjoaja vastaa siitä, että verkkopalveluun liittyvässä tiedonsiirrossa käytetyt salaus- ja suojausmenettelyt ovat asianmukaiset.',
          'Palveluntarjoaja pyrkii pitämään palvelun käytettävissä ympärivuorokautisesti kaikkina viikonpäivinä, mutta ei voi vastata järjestelmän toimivuudesta eikä teknisten vikojen, huoltojen tai asennustöiden aiheuttamista katkoista, tietoliikennehäiriöistä eikä niistä mahdollisesti aiheutuvasta tiedon tms. muuttumisesta tai katoamisesta.',
          'Palveluntarjoajalla on oikeus tilapäisesti keskeyttää palvelu, jos se on välttämätöntä esim. palvelun, sen teknisen muutoksen tai uudistamisen vuoksi.',
          'Palveluntarjoajalla on oikeus tuottaa palvelu parhaaksi katsomallaan tavalla ja muuttaa palvelun sisältöä.',
          'Palveluntarjoaja ei vastaa Asiakkaan käyttämien laitteiden tai ohjelmien toimivuudesta ja yhteensopivuudesta palveluun.',
          'Palveluntarjoajalla on oikeus muuttaa palvelun ehtoja yksipuolisesti, ei kuitenkaan siten, että palvelu muuttuisi maksulliseksi. Muutoksista tiedotetaan tässä palvelussa ennen niiden voimaantuloa ja muutokset sitovat niiden tultua voimaan kaikkia käyttäjiä.',
        ],
      },
      {
        heading: 'Tietosuoja',
        paragraphs: [
          'Henkilötietojen käsittelystä kerrotaan EU:n yleisen tietosuoja-asetuksen (EU) 2016/679 mukaisessa tietosuojaselosteessa.',
        ],
        links: [{ href: '/privacy', text: 'Tietosuojaseloste', newWindow: true }],
      },
      {
        heading: 'Käyttöehtojen voimaantulo',
        paragraphs: [
          'Nämä käyttöehdot tulevat voimaan 15.03.2023 ja ovat voimassa toistaiseksi. Muutoksista tiedotetaan tässä palvelussa ennen niiden voimaantuloa.',
        ],
      },
    ],
  },
  sv: {
    sections: [
      {
        heading: 'Beskrivning av tjänsten',
        paragraphs: [
          'Tjänsten tillhandahålls av utvecklings- och förvaltningscentret för NTM-centralerna och arbets- och näringsbyråerna (KEHA-centret), nedan Tjänsteleverantören. Den person som använder tjänsten kallas nedan Kunden.',
          'Mina ärenden samlar kundens aktuella ärenden och anpassar sig efter situationen för att göra det lättare att sköta ärenden. Uppgifter som sparas på sidorna i Mina ärenden och i tjänsterna under den sparas i den kunddatasystemhelhet som används inom den offentliga arbetskrafts- och företagsservicen. Mina ärenden förnyas, och ärendehanteringen flyttas stegvis över till den förnyade e-tjänsten i Jobbmarknad Finland.',
        ],
      },
      {
        heading: 'Tekniska förutsättningar för att använda webbtjänsten',
        paragraphs: [
          'Webbtjänsten kan användas på en dator med webbläsare och internetanslutning. Webbläsaren ska stödja kryptering enligt TLS V1.2 eller nyare och tillåta kakor (cookies) och JavaScript. Webbtjänsten är utformad och testad för att fungera med de vanligaste kombinationerna av webbläsare och operativsystem.',
          'Tjänsten bygger på stark autentisering av personen, vilket förutsätter att webbläsaren tillåter kakor (cookies). De används dock endast under sessionen och försvinner när webbläsaren stängs.',
          'Tjänsten kan också användas på mobila enheter, till exempel telefoner och surfplattor.',
          'Efter den 5.6.2019 går det inte längre att logga in i tjänsten via identifikationstjänsten Suomi.fi, som upprätthålls av Myndigheten för digitalisering och befolkningsdata, med vissa gamla enheter. Med gamla enheter eller webbläsare går det inte längre att identifiera sig starkt, eftersom användningen av dem medför informationssäkerhetsrisker. Tjänsten Mina ärenden stöder inte ärendehantering med följande versioner av operativsystem och program:',
        ],
        list: UNSUPPORTED_CLIENTS,
      },
      {
        heading: 'Med hjälp av tjänsten kan Kunden',
        list: [
          'se de uppgifter om sig själv som har registrerats i kunddatasystemhelheten',
          'se de uppgifter om sitt arbetslöshetsskydd som har registrerats i kunddatasystemhelheten, det vill säga begäran om utredning, arbetskraftspolitiska utlåtanden och utbetalningsanmälningar för arbetskraftsutbildning',
          {
            text: 'anmäla sig som arbetssökande vid TE-byrån eller i en kommun inom försöksområdet',
            notes: [
              'Under tiden 1.3.2021–30.6.2023 gäller lagen om kommunförsök för främjande av sysselsättningen. Under försöket ansvarar de kommuner som deltar i kommunförsöket för kundrelationen inom TE-tjänsterna för den kundmålgrupp som anges i lagen.',
              'Om personen ansöker om arbetslöshetsförmån ger TE-byrån, kommunen inom försöksområdet eller arbets- och näringsförvaltningens kundservicecenter den som betalar ut arbetslöshetsförmånen ett arbetskraftspolitiskt utlåtande om de arbetskraftspolitiska förutsättningarna för arbetslöshetsförmånen.',
            ],
          },
          'svara på frågor som bedömer servicebehovet',
          'meddela ändringar i sina grunduppgifter',
          {
            text: 'meddela vissa ändringar i sitt arbetssökande och avsluta sitt arbetssökande',
            notes: [
              'Om personen ansöker om arbetslöshetsförmån går uppgiften om ändringar i arbetssökandet också till den som betalar ut arbetslöshetsförmånen. Detta tar inte bort personens eventuella skyldighet att själv meddela ändringarna också till den som betalar ut arbetslöshetsförmånen.',
            ],
          },
          'använda verktyget Työelämätutka och bedöma faktorer som påverkar möjligheterna att hitta arbete eller utbildning',
          'godkänna den föreslagna planen eller utarbeta ett eget förslag till plan',
          'granska de uppgifter som man kommit överens om i planen och berätta hur de har genomförts',
          'se de arbets- och utbildningserbjudanden man fått och meddela resultatet av ett arbetserbjudande',
          {
            text: 'lämna in en ansökan till arbetskraftsutbildning',
            notes: [
              'Genom att lämna in en utbildningsansökan förbinder sig sökanden att börja utbildningen om han eller hon blir antagen. Om sökanden utan giltigt skäl vägrar ta emot en lämplig utbildning som erbjudits, förlorar sökanden rätten till arbetslöshetsförmån antingen för en viss tid eller tills vidare. Som en sådan utbildning betraktas också en utbildning som personen har sökt till på eget initiativ. TE-byrån utreder om det har funnits ett giltigt skäl att vägra.',
              'I vissa situationer kan ansökan återtas utan att det betraktas som en vägran att delta i utbildning. Mer information om möjligheten att återta ansökan får man vid serviceställen.',
            ],
          },
          'svara på en begäran om utredning inom utsatt tid och bifoga bilagor till utredningen',
          'ansöka om startpeng och följa hur ansökan om startpeng behandlas',
          'lämna in en ansökan om utbetalning av startpeng',
          'se och skriva ut sina egna uppgifter i kunddatasystemhelheten',
        ],
      },
      {
        heading: 'Kunden förbinder sig att',
        list: [
          'följa de avtal som Kunden har ingått med den som utfärdat koderna och de villkor som gäller användningen av koderna. Tjänsten får användas endast med egna personliga koder.',
          'ansvara för att de uppgifter som Kunden lämnar i tjänsten är sanningsenliga och motsvarar tjänstens användningsändamål och för att Kunden inte stör andra användare eller kränker andra användares eller Tjänsteleverantörens rättigheter när tjänsten används.',
          'stå för alla egna kostnader som användningen av tjänsten medför för Kunden (till exempel avgifter för användning av internet och eventuella samtalsavgifter).',
        ],
      },
      {
        heading: 'Tjänsteleverantörens ansvar och rättigheter',
        list: [
          'Tjänsteleverantören ansvarar för att de krypterings- och skyddsmetoder som används vid dataöverföringen i webbtjänsten är ändamålsenliga.',
          'Tjänsteleverantören strävar efter att hålla tjänsten tillgänglig dygnet runt alla dagar i veckan, men kan inte ansvara för systemets funktion eller för avbrott till följd av tekniska fel, underhåll eller installationsarbeten, för störningar i datakommunikationen eller för att uppgifter eller liknande eventuellt ändras eller går förlorade till följd av dem.',
          'Tjänsteleverantören har rätt att tillfälligt avbryta tjänsten om det är nödvändigt till exempel på grund av tjänsten, en teknisk ändring av den eller en förnyelse av den.',
          'Tjänsteleverantören har rätt att producera tjänsten på det sätt den anser bäst och att ändra tjänstens innehåll.',
          'Tjänsteleverantören ansvarar inte för att de enheter eller program som Kunden använder fungerar eller är kompatibla med tjänsten.',
          'Tjänsteleverantören har rätt att ensidigt ändra villkoren för tjänsten, dock inte så att tjänsten blir avgiftsbelagd. Ändringarna meddelas i den här tjänsten innan de träder i kraft, och när de har trätt i kraft är de bindande för alla användare.',
        ],
      },
      {
        heading: 'Dataskydd',
        paragraphs: [
          'Hur personuppgifter behandlas beskrivs i dataskyddsbeskrivningen enligt EU:s allmänna dataskyddsförordning (EU) 2016/679.',
        ],
        links: [{ href: '/privacy', text: 'Dataskyddsbeskrivning', newWindow: true }],
      },
      {
        heading: 'Användarvillkorens ikraftträdande',
        paragraphs: [
          'Dessa användarvillkor träder i kraft 15.03.2023 och gäller tills vidare. Ändringar meddelas i den här tjänsten innan de träder i kraft.',
        ],
      },
    ],
  },
  en: {
    sections: [
      {
        heading: 'Description of the service',
        paragraphs: [
          'The service is provided by the Development and Administrative Services Centre for ELY Centres and TE Offices (KEHA Centre), hereinafter the Provider. The person using the service is hereinafter called the Customer.',
          'My e-services brings together the customer’s current matters and adapts to the situation to make them easier to handle. The information saved on the pages of My e-services and in the services under it is stored in the customer data system used in the public employment and business services. My e-services is being renewed, and the services are gradually moving to the renewed e-service of Job Market Finland.',
        ],
      },
      {
        heading: 'Technical requirements for using the online service',
        paragraphs: [
          'The online service can be used on a computer with a web browser and an internet connection. The browser must support TLS V1.2 or newer encryption and allow cookies and JavaScript. Our online service has been designed and tested to work with the most common combinations of browsers and operating systems.',
          'The service is based on strong electronic identification of the person, which requires the browser to allow cookies. They are, however, used only for the duration of the session and are removed when the browser is closed.',
          'The service can also be used on mobile devices, such as phones and tablets.',
          'Since 5 June 2019 it has no longer been possible to sign in to the service through the Suomi.fi identification, maintained by the Digital and Population Data Services Agency, with certain old devices. Old devices or browsers can no longer be used for strong identification, because using them poses information security risks. My e-services does not support these operating system and application versions:',
        ],
        list: UNSUPPORTED_CLIENTS,
      },
      {
        heading: 'With the service the Customer can',
        list: [
          'view the information about them recorded in the customer data system',
          'view the unemployment security information about them recorded in the customer data system, that is, requests for clarification, labour policy statements and payment notifications for labour market training',
          {
            text: 'register as a job seeker at the TE Office or in a municipality of a pilot area',
            notes: [
              'The Act on Municipal Pilots on Employment is in force for the fixed period 1 March 2021 – 30 June 2023. During the pilot, the municipalities taking part are responsible for the customer relationship in the TE services of the customer group laid down in the Act.',
              'If the person applies for unemployment benefit, the TE Office, the municipality of the pilot area or the Customer Service Centre of the Employment and Economic Development Administration gives the payer of the unemployment benefit a labour policy statement on the labour policy conditions for receiving the benefit.',
            ],
          },
          'answer questions assessing their need for services',
          'report changes in their basic information',
          {
            text: 'report certain changes in their job seeking and end their job seeking',
            notes: [
              'If the person applies for unemployment benefit, information on changes in the job seeking is also sent to the payer of the unemployment benefit. This does not remove any obligation the person may have to report the changes to the payer of the unemployment benefit themselves as well.',
            ],
          },
          'use the Työelämätutka tool and assess factors that affect finding work or training',
          'accept a proposed plan or draw up their own proposal for a plan',
          'review the tasks agreed in the plan and report on how they have been carried out',
          'view the job and training offers they have received and report the outcome of a job offer',
          {
            text: 'apply for labour market training',
            notes: [
              'By submitting a training application, the applicant commits to starting the training if selected. If the applicant refuses suitable training offered to them without a valid reason, they lose the right to unemployment benefit either for a fixed period or until further notice. This also applies to training the person has applied for on their own initiative. The TE Office examines whether there was a valid reason for refusing.',
              'In some situations the application can be withdrawn without this being regarded as refusing training. More information on withdrawing an application is available from the service point.',
            ],
          },
          'answer a request for clarification by the deadline and attach documents to the answer',
          'apply for a start-up grant and follow the processing of the application',
          'submit an application for payment of the start-up grant',
          'view and print their own information in the customer data system',
        ],
      },
      {
        heading: 'The Customer undertakes to',
        list: [
          'comply with the agreements made with the issuer of their identification credentials and with the terms of using them. The service may only be used with one’s own personal credentials.',
          'be responsible for the information they submit to the service being truthful and in line with the purpose of the service, and for not disturbing other users or infringing the rights of other users or of the Provider when using the service.',
          'bear all their own costs of using the service (for example internet connection charges and any call charges).',
        ],
      },
      {
        heading: 'Responsibilities and rights of the Provider',
        list: [
          'The Provider is responsible for the encryption and security methods used in the data transfer of the online service being appropriate.',
          'The Provider aims to keep the service available around the clock on every day of the week, but cannot be held responsible for the functioning of the system or for interruptions caused by technical faults, maintenance or installation work, for disturbances in data communications, or for any resulting change or loss of information or the like.',
          'The Provider has the right to suspend the service temporarily if this is necessary, for example, because of the service itself or a technical change or renewal of it.',
          'The Provider has the right to produce the service in the way it considers best and to change the content of the service.',
          'The Provider is not responsible for the functioning of the Customer’s devices or software or for their compatibility with the service.',
          'The Provider has the right to change the terms of the service unilaterally, but not so that the service would become subject to a charge. Changes are announced in this service before they take effect, and once in force they bind all users.',
        ],
      },
      {
        heading: 'Data protection',
        paragraphs: [
          'The processing of personal data is described in the privacy statement under the EU General Data Protection Regulation (EU) 2016/679.',
        ],
        links: [{ href: '/privacy', text: 'Privacy statement', newWindow: true }],
      },
      {
        heading: 'Entry into force of these terms',
        paragraphs: [
          'These terms of use take effect on 15.03.2023 and are valid until further notice. Changes are announced in this service before they take effect.',
        ],
      },
    ],
  },
};

/** What the upcoming version adds, before the data protection section, in each language. */
const ATTACHMENTS_SECTION = {
  fi: {
    heading: 'Liitteet',
    paragraphs: [
      'Palveluun lisätyt liitteet tarkistetaan haittaohjelmien varalta ennen kuin ne tallennetaan. Liite, jota ei voida tarkistaa tai jonka tiedostomuotoa palvelu ei hyväksy, hylätään, ja Asiakas voi lisätä sen tilalle toisen.',
      'Lähetetyt liitteet tallentuvat osaksi Asiakkaan asiakastietoja, ja niitä säilytetään yhtä kauan kuin asiaa, johon ne liittyvät. Lähettämätön liite poistetaan palvelusta vuorokauden kuluttua.',
    ],
  },
  sv: {
    heading: 'Bilagor',
    paragraphs: [
      'Bilagor som läggs till i tjänsten kontrolleras för skadlig kod innan de sparas. En bilaga som inte kan kontrolleras eller vars filformat tjänsten inte godkänner avvisas, och Kunden kan lägga till en annan i stället.',
      'Skickade bilagor sparas som en del av Kundens kunduppgifter och bevaras lika länge som det ärende de hör till. En bilaga som inte skickats raderas ur tjänsten efter ett dygn.',
    ],
  },
  en: {
    heading: 'Attachments',
    paragraphs: [
      'Attachments added to the service are checked for malware before they are stored. An attachment that cannot be checked, or whose file format the service does not accept, is refused, and the Customer may add another instead.',
      'Attachments that have been sent become part of the Customer’s customer data and are kept as long as the matter they belong to. An attachment that has not been sent is deleted from the service after a day.',
    ],
  },
} as const;

const ENTRY_INTO_FORCE_2027 = {
  fi: 'Nämä käyttöehdot tulevat voimaan 15.01.2027 ja ovat voimassa toistaiseksi. Ne korvaavat 15.03.2023 voimaan tulleet käyttöehdot. Muutoksista tiedotetaan tässä palvelussa ennen niiden voimaantuloa.',
  sv: 'Dessa användarvillkor träder i kraft 15.01.2027 och gäller tills vidare. De ersätter användarvillkoren som trädde i kraft 15.03.2023. Ändringar meddelas i denna tjänst innan de träder i kraft.',
  en: 'These terms of use take effect on 15.01.2027 and are valid until further notice. They replace the terms of use in effect since 15.03.2023. Changes are announced in this service before they take effect.',
} as const;

/** The 2023 text with the attachments section added and its entry into force changed. */
function terms2027(): TermsTexts {
  const revise = (text: TermsText, locale: 'fi' | 'sv' | 'en'): TermsText => {
    const sections = text.sections.map((section) => ({ ...section }));
    const last = sections.length - 1;
    sections[last] = { ...sections[last]!, paragraphs: [ENTRY_INTO_FORCE_2027[locale]] };
    // Before "Tietosuoja" (data protection), the second to last.
    sections.splice(last - 1, 0, { heading: ATTACHMENTS_SECTION[locale].heading, paragraphs: [...ATTACHMENTS_SECTION[locale].paragraphs] });
    return { ...text, sections };
  };
  return { fi: revise(TERMS_2023.fi, 'fi'), sv: revise(TERMS_2023.sv, 'sv'), en: revise(TERMS_2023.en, 'en') };
}

export const SEED_TERMS_VERSIONS: readonly (typeof termsVersions.$inferInsert)[] = [
  {
    version: '15.3.2023',
    effectiveFrom: '2023-03-15',
    summary: {
      fi: 'Oma asiointi -palvelun käyttöehdot.',
      sv: 'Användarvillkoren för tjänsten Mina ärenden.',
      en: 'The terms of use of the My e-services service.',
    },
    text: TERMS_2023,
  },
];

/**
 * An upcoming change, so that the announcement shows in development (NODE_ENV=development) until
 * 15.1.2027. Not elsewhere: production must not announce a made-up change, and tests make the
 * versions they need with the dates they need (POST /admin-api/terms).
 */
export const DEVELOPMENT_TERMS_VERSIONS: readonly (typeof termsVersions.$inferInsert)[] = [
  {
    version: '15.1.2027',
    effectiveFrom: '2027-01-15',
    summary: {
      fi: 'Käyttöehtoihin lisätään kohta liitteistä: ne tarkistetaan haittaohjelmien varalta ja säilytetään yhtä kauan kuin asia, johon ne liittyvät.',
      sv: 'Ett avsnitt om bilagor läggs till i användarvillkoren: de kontrolleras för skadlig kod och bevaras lika länge som det ärende de hör till.',
      en: 'A section on attachments is added to the terms: they are checked for malware and kept as long as the matter they belong to.',
    },
    text: terms2027(),
  },
];

export async function seedTerms(db: Database, options: { readonly development?: boolean }): Promise<void> {
  const rows = options.development ? [...SEED_TERMS_VERSIONS, ...DEVELOPMENT_TERMS_VERSIONS] : SEED_TERMS_VERSIONS;
  await db
    .insert(termsVersions)
    .values([...rows])
    .onConflictDoNothing();
}
