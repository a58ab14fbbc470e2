import { defineMessages, type Locale } from '@portal/shared-contracts';
import type { InfoPage } from '../../routing/resolve-route.js';

/**
 * A link in an info page. Only genuine addresses belong here: the portal's own pages and the
 * authorities' sites. The demo's example e-mail addresses stay plain text on purpose, so nobody
 * mails a real-looking address that reaches no one.
 */
export interface InfoLink {
  href: string;
  text: string;
  /** Only the privacy statement opens in its own window, as the terms promise; the rest stay in this one. */
  newWindow?: boolean;
}

/** A bullet, optionally with notes indented under it (the terms attach conditions to some bullets). */
export type InfoListItem = string | { text: string; notes: string[] };

export interface InfoSection {
  heading: string;
  paragraphs?: string[];
  list?: InfoListItem[];
  links?: InfoLink[];
  /** The accessibility feedback form comes at the end of this section (shell-feedback-form). */
  feedbackForm?: boolean;
}

export interface InfoPageContent {
  lead?: string;
  /** yyyy-mm-dd, formatted in the reader's language when shown. */
  updated: string;
  sections: InfoSection[];
}

/** The page chrome that is not in the shell's messages. */
export const infoPageMessages = defineMessages({
  fi: { updated: 'Päivitetty' },
  sv: { updated: 'Uppdaterad' },
  en: { updated: 'Last updated' },
});

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

// The whole record is typed so that a page missing in one language fails to compile.
export const infoPageContent: Readonly<Record<InfoPage, Readonly<Record<Locale, InfoPageContent>>>> = {
  terms: {
    // The seed's terms of use, as in force since 15.03.2023. One deliberate change: the seed's line
    // saying some applications are not adapted to phones is replaced, because this portal is.
    fi: {
      updated: '2023-03-15',
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
      updated: '2023-03-15',
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
      updated: '2023-03-15',
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
  },

  privacy: {
    // A statement for the demo of the service: its structure follows Finnish public-sector privacy
    // statements, and its contact address is an example, which the text itself says.
    fi: {
      lead: 'Tämän selosteen tarkoituksena on informoida henkilötietojen käsittelystä EU:n yleisen tietosuoja-asetuksen (EU) 2016/679 mukaisesti. Selostetta päivitetään tarvittaessa.',
      updated: '2026-11-25',
      sections: [
        {
          heading: 'Rekisterinpitäjä',
          paragraphs: [
            'Oma asiointi -palvelun tarjoaa ELY-keskusten sekä TE-toimistojen kehittämis- ja hallintokeskus (KEHA-keskus), joka ylläpitää julkisissa työvoima- ja yrityspalveluissa käytettävää asiakastietojärjestelmäkokonaisuutta.',
            'Asiakkaan tietoja käsittelevät myös työvoimaviranomaiset: 31.12.2024 asti TE-toimisto ja 1.1.2025 alkaen kunta tai kuntien muodostama työllisyysalue, jonka asiakas henkilö on. Kukin toimii rekisterinpitäjänä niiden tietojen osalta, joita se käsittelee lakisääteisten tehtäviensä hoitamiseksi.',
          ],
        },
        {
          heading: 'Yhteydenotot tietosuoja-asioissa',
          paragraphs: [
            'Tietosuojaa koskevat kysymykset ja pyynnöt voi lähettää osoitteeseen tietosuoja@example.fi.',
            'Huomaa: tämä on palvelun esittelyversio, ja yllä oleva osoite on esimerkki. Varsinaisen palvelun tietosuojaseloste kertoo rekisterinpitäjän ja sen tietosuojavastaavan oikeat yhteystiedot.',
          ],
        },
        {
          heading: 'Henkilötietojen käsittelyn tarkoitus ja oikeusperuste',
          paragraphs: [
            'Henkilötietoja käsitellään, jotta työvoimaviranomaiset ja KEHA-keskus voivat hoitaa lakisääteiset tehtävänsä: asiakkuuden ja työnhaun hoitaminen, palvelutarpeen arviointi, suunnitelmat, työ- ja koulutustarjoukset, työvoimakoulutukseen hakeminen, starttiraha sekä työvoimapoliittisten lausuntojen antaminen työttömyysetuuden maksajalle. Tietoja käsitellään myös palvelun tietoturvan varmistamiseksi.',
            'Käsittely perustuu rekisterinpitäjän lakisääteisen velvoitteen noudattamiseen ja yleisen edun mukaisen tehtävän suorittamiseen (tietosuoja-asetuksen 6 artiklan 1 kohdan c ja e alakohdat). Tehtävistä säädetään erityisesti laissa työvoimapalveluiden järjestämisestä (380/2023) ja ennen 1.1.2025 laissa julkisesta työvoima- ja yrityspalvelusta (916/2012) sekä työttömyysturvalaissa (1290/2002).',
          ],
        },
        {
          heading: 'Käsiteltävät tiedot',
          list: [
            'henkilö- ja yhteystiedot: nimi, henkilötunnus, osoite, kotikunta, puhelinnumero, sähköpostiosoite, asiointikieli ja tieto mahdollisesta turvakiellosta',
            'työnhakuun liittyvät tiedot: työnhaun tila, koulutus, työhistoria, osaaminen ja toiveet',
            'suunnitelmat ja niissä sovitut tehtävät sekä tieto niiden toteutumisesta',
            'työ- ja koulutustarjoukset ja niiden tulokset sekä koulutushakemukset',
            'työttömyysturvaan liittyvät tiedot: selvityspyynnöt ja vastaukset liitteineen, työvoimapoliittiset lausunnot ja työvoimakoulutuksen maksatusilmoitukset',
            'starttirahahakemukset ja niiden käsittelytiedot',
            'palvelun käytöstä syntyvät lokitiedot',
          ],
        },
        {
          heading: 'Tietolähteet',
          list: [
            'asiakas itse',
            'Suomi.fi-tunnistus: nimi ja henkilötunnus kirjautumisen yhteydessä',
            'Digi- ja väestötietovirasto: väestötietojärjestelmän tiedot, kuten osoite, kotikunta ja turvakielto',
            'työttömyysetuuden maksajat (Kela ja työttömyyskassat) työvoimapoliittisten lausuntojen antamiseen tarvittavilta osin',
            'työvoimaviranomaisen omat merkinnät asiakkuuden hoitamisesta',
          ],
        },
        {
          heading: 'Tietojen vastaanottajat',
          paragraphs: [
            'Tietoja luovutetaan vain lain perusteella. Työttömyysetuuden maksajat, eli Kela ja työttömyyskassat, saavat työvoimapoliittiset lausunnot ja tiedot työnhaun muutoksista, joita ne tarvitsevat etuuden maksamiseen. Tietoja ei luovuteta markkinointiin eikä siirretä EU:n tai Euroopan talousalueen ulkopuolelle.',
          ],
        },
        {
          heading: 'Tietojen säilyttäminen',
          paragraphs: [
            'Tietoja säilytetään niin kauan kuin lainsäädäntö ja rekisterinpitäjän arkistonmuodostussuunnitelma edellyttävät. Tarpeettomat tiedot poistetaan säilytysajan päätyttyä.',
          ],
        },
        {
          heading: 'Rekisteröidyn oikeudet',
          paragraphs: [
            'Sinulla on oikeus tarkastaa omat tietosi. Voit katsella, tulostaa ja ladata omat tietosi tässä palvelussa. Sinulla on oikeus vaatia virheellisen tiedon oikaisemista ja tietyissä tilanteissa käsittelyn rajoittamista. Koska käsittely perustuu lakiin, oikeutta tietojen poistamiseen tai siirtämiseen järjestelmästä toiseen ei ole.',
            'Jos katsot, että henkilötietojesi käsittely rikkoo tietosuoja-asetusta, voit tehdä valituksen tietosuojavaltuutetun toimistolle.',
          ],
          links: [{ href: 'https://tietosuoja.fi/', text: 'Tietosuojavaltuutetun toimisto: tietosuoja.fi' }],
        },
        {
          heading: 'Evästeet',
          paragraphs: [
            'Palvelu käyttää vain istunnon ajan voimassa olevaa evästettä, jota vahva tunnistus ja kirjautuminen edellyttävät. Eväste häviää, kun selain suljetaan. Palvelu ei käytä analytiikka- eikä markkinointievästeitä.',
          ],
        },
        {
          heading: 'Automaattinen päätöksenteko',
          paragraphs: [
            'Palvelussa ei tehdä tietosuoja-asetuksen 22 artiklassa tarkoitettua automaattista päätöksentekoa eikä profilointia.',
          ],
        },
      ],
    },
    sv: {
      lead: 'Syftet med denna beskrivning är att informera om behandlingen av personuppgifter enligt EU:s allmänna dataskyddsförordning (EU) 2016/679. Beskrivningen uppdateras vid behov.',
      updated: '2026-11-25',
      sections: [
        {
          heading: 'Personuppgiftsansvarig',
          paragraphs: [
            'Tjänsten Mina ärenden tillhandahålls av utvecklings- och förvaltningscentret för NTM-centralerna och arbets- och näringsbyråerna (KEHA-centret), som upprätthåller den kunddatasystemhelhet som används inom den offentliga arbetskrafts- och företagsservicen.',
            'Kundens uppgifter behandlas också av arbetskraftsmyndigheterna: fram till 31.12.2024 TE-byrån och från och med 1.1.2025 den kommun eller det sysselsättningsområde som kommunerna bildat där kunden är kund. Var och en är personuppgiftsansvarig för de uppgifter som den behandlar för att sköta sina lagstadgade uppgifter.',
          ],
        },
        {
          heading: 'Kontakt i dataskyddsfrågor',
          paragraphs: [
            'Frågor och begäranden som gäller dataskydd kan skickas till tietosuoja@example.fi.',
            'Observera: detta är en demoversion av tjänsten, och adressen ovan är ett exempel. Dataskyddsbeskrivningen för den egentliga tjänsten anger de riktiga kontaktuppgifterna till den personuppgiftsansvarige och dess dataskyddsombud.',
          ],
        },
        {
          heading: 'Ändamål med och rättslig grund för behandlingen av personuppgifter',
          paragraphs: [
            'Personuppgifter behandlas för att arbetskraftsmyndigheterna och KEHA-centret ska kunna sköta sina lagstadgade uppgifter: kundrelationen och arbetssökandet, bedömningen av servicebehovet, planer, arbets- och utbildningserbjudanden, ansökningar till arbetskraftsutbildning, startpeng och arbetskraftspolitiska utlåtanden till den som betalar ut arbetslöshetsförmånen. Uppgifter behandlas också för att säkerställa tjänstens informationssäkerhet.',
            'Behandlingen grundar sig på att den personuppgiftsansvarige ska fullgöra en rättslig förpliktelse och utföra en uppgift av allmänt intresse (artikel 6.1 c och e i dataskyddsförordningen). Uppgifterna föreskrivs särskilt i lagen om ordnande av arbetskraftsservice (380/2023) och före 1.1.2025 i lagen om offentlig arbetskrafts- och företagsservice (916/2012) samt i lagen om utkomstskydd för arbetslösa (1290/2002).',
          ],
        },
        {
          heading: 'Uppgifter som behandlas',
          list: [
            'person- och kontaktuppgifter: namn, personbeteckning, adress, hemkommun, telefonnummer, e-postadress, ärendespråk och uppgift om eventuell spärrmarkering',
            'uppgifter om arbetssökandet: arbetssökandets status, utbildning, arbetshistoria, kompetens och önskemål',
            'planer och de uppgifter som man kommit överens om i dem samt uppgifter om hur de har genomförts',
            'arbets- och utbildningserbjudanden och resultaten av dem samt utbildningsansökningar',
            'uppgifter om arbetslöshetsskyddet: begäran om utredning och svar med bilagor, arbetskraftspolitiska utlåtanden och utbetalningsanmälningar för arbetskraftsutbildning',
            'ansökningar om startpeng och uppgifter om behandlingen av dem',
            'logguppgifter som uppstår när tjänsten används',
          ],
        },
        {
          heading: 'Uppgiftskällor',
          list: [
            'kunden själv',
            'identifikationstjänsten Suomi.fi: namn och personbeteckning vid inloggningen',
            'Myndigheten för digitalisering och befolkningsdata: uppgifter i befolkningsdatasystemet, till exempel adress, hemkommun och spärrmarkering',
            'de som betalar ut arbetslöshetsförmån (FPA och arbetslöshetskassorna) till den del uppgifterna behövs för arbetskraftspolitiska utlåtanden',
            'arbetskraftsmyndighetens egna anteckningar om skötseln av kundrelationen',
          ],
        },
        {
          heading: 'Mottagare av uppgifterna',
          paragraphs: [
            'Uppgifter lämnas ut endast med stöd av lag. De som betalar ut arbetslöshetsförmån, det vill säga FPA och arbetslöshetskassorna, får de arbetskraftspolitiska utlåtanden och de uppgifter om ändringar i arbetssökandet som de behöver för att betala ut förmånen. Uppgifter lämnas inte ut för marknadsföring och överförs inte utanför EU eller Europeiska ekonomiska samarbetsområdet.',
          ],
        },
        {
          heading: 'Lagring av uppgifterna',
          paragraphs: [
            'Uppgifterna lagras så länge som lagstiftningen och den personuppgiftsansvariges arkivbildningsplan förutsätter. Onödiga uppgifter raderas när lagringstiden har gått ut.',
          ],
        },
        {
          heading: 'Den registrerades rättigheter',
          paragraphs: [
            'Du har rätt att kontrollera dina uppgifter. Du kan se, skriva ut och ladda ner dina uppgifter i den här tjänsten. Du har rätt att kräva att felaktiga uppgifter rättas och i vissa situationer att behandlingen begränsas. Eftersom behandlingen grundar sig på lag finns det ingen rätt att få uppgifterna raderade eller överförda från ett system till ett annat.',
            'Om du anser att behandlingen av dina personuppgifter strider mot dataskyddsförordningen kan du lämna in ett klagomål till dataombudsmannens byrå.',
          ],
          links: [{ href: 'https://tietosuoja.fi/', text: 'Dataombudsmannens byrå: tietosuoja.fi' }],
        },
        {
          heading: 'Kakor',
          paragraphs: [
            'Tjänsten använder endast en sessionskaka som behövs för stark autentisering och inloggning. Kakan försvinner när webbläsaren stängs. Tjänsten använder inga analys- eller marknadsföringskakor.',
          ],
        },
        {
          heading: 'Automatiserat beslutsfattande',
          paragraphs: [
            'I tjänsten förekommer inget automatiserat beslutsfattande eller profilering enligt artikel 22 i dataskyddsförordningen.',
          ],
        },
      ],
    },
    en: {
      lead: 'The purpose of this statement is to inform you about the processing of personal data under the EU General Data Protection Regulation (EU) 2016/679. The statement is updated when necessary.',
      updated: '2026-11-25',
      sections: [
        {
          heading: 'Controller',
          paragraphs: [
            'My e-services is provided by the Development and Administrative Services Centre for ELY Centres and TE Offices (KEHA Centre), which maintains the customer data system used in the public employment and business services.',
            'Your information is also processed by the employment authorities: until 31 December 2024 the TE Office, and from 1 January 2025 the municipality or the employment area formed by municipalities whose customer you are. Each is the controller of the data it processes to carry out its statutory duties.',
          ],
        },
        {
          heading: 'Contact in data protection matters',
          paragraphs: [
            'Questions and requests concerning data protection can be sent to tietosuoja@example.fi.',
            'Please note: this is a demo version of the service, and the address above is an example. The privacy statement of the actual service gives the real contact details of the controller and its data protection officer.',
          ],
        },
        {
          heading: 'Purposes and legal basis of processing',
          paragraphs: [
            'Personal data is processed so that the employment authorities and the KEHA Centre can carry out their statutory duties: managing your customer relationship and job seeking, assessing your need for services, plans, job and training offers, applications for labour market training, start-up grants, and labour policy statements to the payer of unemployment benefit. Data is also processed to keep the service secure.',
            'The processing is based on compliance with the controller’s legal obligation and on the performance of a task carried out in the public interest (Article 6(1)(c) and (e) of the General Data Protection Regulation). The duties are laid down in particular in the Act on the Organisation of Employment Services (380/2023), before 1 January 2025 in the Act on Public Employment and Business Service (916/2012), and in the Unemployment Security Act (1290/2002).',
          ],
        },
        {
          heading: 'Data processed',
          list: [
            'personal and contact details: name, personal identity code, address, municipality of residence, phone number, email address, language of service and whether you have a non-disclosure for personal safety reasons',
            'job seeking: the status of your job seeking, education, work history, skills and wishes',
            'plans, the tasks agreed in them and how they have been carried out',
            'job and training offers and their outcomes, and training applications',
            'unemployment security: requests for clarification and your answers with attachments, labour policy statements and payment notifications for labour market training',
            'start-up grant applications and their processing',
            'log data created when the service is used',
          ],
        },
        {
          heading: 'Sources of data',
          list: [
            'you yourself',
            'Suomi.fi identification: your name and personal identity code when you sign in',
            'the Digital and Population Data Services Agency: data in the Population Information System, such as address, municipality of residence and non-disclosure for personal safety reasons',
            'payers of unemployment benefit (Kela and unemployment funds), to the extent needed for labour policy statements',
            'the employment authority’s own entries on managing your customer relationship',
          ],
        },
        {
          heading: 'Recipients of data',
          paragraphs: [
            'Data is disclosed only on the basis of law. The payers of unemployment benefit, that is Kela and the unemployment funds, receive the labour policy statements and the information on changes in your job seeking that they need to pay the benefit. Data is not disclosed for marketing and is not transferred outside the EU or the European Economic Area.',
          ],
        },
        {
          heading: 'Retention of data',
          paragraphs: [
            'Data is kept for as long as legislation and the controller’s records management plan require. Data that is no longer needed is deleted when its retention period ends.',
          ],
        },
        {
          heading: 'Your rights',
          paragraphs: [
            'You have the right to access your data. You can view, print and download your own data in this service. You have the right to have inaccurate data rectified and, in certain situations, to have the processing restricted. Because the processing is based on law, there is no right to have the data erased or transferred from one system to another.',
            'If you consider that the processing of your personal data infringes the General Data Protection Regulation, you can lodge a complaint with the Office of the Data Protection Ombudsman.',
          ],
          links: [{ href: 'https://tietosuoja.fi/', text: 'Office of the Data Protection Ombudsman: tietosuoja.fi' }],
        },
        {
          heading: 'Cookies',
          paragraphs: [
            'The service uses only a session cookie, which strong identification and signing in require. The cookie is removed when the browser is closed. The service uses no analytics or marketing cookies.',
          ],
        },
        {
          heading: 'Automated decision-making',
          paragraphs: [
            'The service involves no automated decision-making or profiling within the meaning of Article 22 of the General Data Protection Regulation.',
          ],
        },
      ],
    },
  },

  accessibility: {
    // The statement follows the model of the supervisory authority. "Partially compliant" is the
    // honest state for a service in development; feedback goes through the form (shell-feedback-form)
    // to the provider's admin API.
    fi: {
      lead: 'KEHA-keskus pyrkii takaamaan Oma asiointi -palvelun saavutettavuuden digitaalisten palvelujen tarjoamisesta annetun lain (306/2019) mukaisesti. Tämä saavutettavuusseloste koskee Työmarkkinatorin Oma asiointi -palvelua.',
      updated: '2026-12-08',
      sections: [
        {
          heading: 'Palvelun saavutettavuuden tila',
          paragraphs: [
            'Palvelu täyttää saavutettavuusvaatimukset osittain. Tavoitteena on WCAG 2.1 -ohjeistuksen AA-taso, joka vastaa standardin EN 301 549 vaatimuksia.',
          ],
        },
        {
          heading: 'Ei-saavutettava sisältö',
          paragraphs: ['Tunnetut puutteet:'],
          list: [
            'Portaalin sisällä näytettävät vanhan Oma asiointi -palvelun sivut eivät välttämättä täytä kaikkia vaatimuksia. Niissä voi esimerkiksi olla lomakkeita, joiden virheilmoituksia ruudunlukija ei kerro (WCAG 3.3.1 ja 4.1.3), ja sisältöä, jota ei voi lukea kapealla näytöllä tai suurennettuna ilman vaakasuuntaista vieritystä (WCAG 1.4.10).',
            'Palvelua uudistetaan vaiheittain. Vanhan palvelun osat, joita ei ole vielä siirretty Työmarkkinatorin uudistettuun asiointipalveluun, voivat poiketa uusien osien toiminnasta ja ulkoasusta (WCAG 3.2.3 ja 3.2.4).',
            'Palvelun toimintaa vanhimmilla tuetuilla selainversioilla (esimerkiksi Firefox ESR 140) ei ole vielä tarkistettu.',
          ],
        },
        {
          heading: 'Lain soveltamisalan ulkopuolinen sisältö',
          list: ['Asiakkaiden itse palveluun lähettämät liitetiedostot, joiden saavutettavuuteen palveluntarjoaja ei voi vaikuttaa.'],
        },
        {
          heading: 'Puutteiden korjaaminen',
          paragraphs: [
            'Korjaamme tunnettuja puutteita sitä mukaa, kun vanhan palvelun osia siirretään Työmarkkinatorin uudistettuun asiointipalveluun. Uudet osat tehdään täyttämään WCAG 2.1 AA -tason vaatimukset, ja niiden saavutettavuus tarkistetaan automaattisilla testeillä ennen käyttöönottoa.',
          ],
        },
        {
          heading: 'Tietoa selosteesta',
          paragraphs: [
            'Tämä seloste on laadittu 25.11.2026 ja tarkistettu viimeksi 8.12.2026. Seloste perustuu palveluntarjoajan omaan arvioon: jokainen sivu tarkistetaan automaattisesti (axe, WCAG 2.1 A ja AA) ennen käyttöönottoa, ja kehittäjät kokeilevat sivut näppäimistöllä, 320 pikselin levyisellä näytöllä sekä suomeksi, ruotsiksi ja englanniksi. Ulkopuolista arviointia tai testausta ruudunlukijoiden käyttäjien kanssa ei ole vielä tehty.',
          ],
        },
        {
          heading: 'Palaute ja yhteystiedot',
          paragraphs: [
            'Huomasitko saavutettavuuspuutteen palvelussa? Kerro siitä meille, niin teemme parhaamme puutteen korjaamiseksi. Voit myös pyytää saavutettavuusvaatimusten ulkopuolelle jäävää tai muuten ei-saavutettavaa sisältöä muussa muodossa.',
            'Lähetä palaute alla olevalla lomakkeella, kirjautuneena tai kirjautumatta. Saat viitenumeron, ja vastaamme kahden viikon kuluessa.',
          ],
          feedbackForm: true,
        },
        {
          heading: 'Valvontaviranomainen',
          paragraphs: [
            'Jos huomaat palvelussa saavutettavuusongelmia, anna ensin palautetta meille. Jos et ole tyytyväinen saamaasi vastaukseen tai et saa vastausta lainkaan kahden viikon aikana, voit tehdä ilmoituksen valvontaviranomaiselle. Valvontaviranomaisen sivuilla kerrotaan, miten ilmoituksen voi tehdä ja miten asia käsitellään.',
            'Valvontaviranomaisen yhteystiedot:',
          ],
          list: [
            'Liikenne- ja viestintävirasto Traficom (valvontaviranomainen 1.1.2025 alkaen; aiemmin Etelä-Suomen aluehallintovirasto)',
            'Saavutettavuuden valvonta',
            'sähköposti saavutettavuus@traficom.fi',
            'puhelinnumero (vaihde) 029 534 5000',
          ],
          links: [{ href: 'https://www.saavutettavuusvaatimukset.fi/', text: 'www.saavutettavuusvaatimukset.fi' }],
        },
      ],
    },
    sv: {
      lead: 'KEHA-centret strävar efter att säkerställa tillgängligheten i tjänsten Mina ärenden i enlighet med lagen om tillhandahållande av digitala tjänster (306/2019). Detta tillgänglighetsutlåtande gäller tjänsten Mina ärenden i Jobbmarknad Finland.',
      updated: '2026-12-08',
      sections: [
        {
          heading: 'Tjänstens tillgänglighetsstatus',
          paragraphs: [
            'Tjänsten uppfyller tillgänglighetskraven delvis. Målet är nivå AA i riktlinjerna WCAG 2.1, vilket motsvarar kraven i standarden EN 301 549.',
          ],
        },
        {
          heading: 'Innehåll som inte är tillgängligt',
          paragraphs: ['Kända brister:'],
          list: [
            'De sidor i den gamla tjänsten Mina ärenden som visas i portalen uppfyller inte nödvändigtvis alla krav. De kan till exempel innehålla formulär vars felmeddelanden inte läses upp av skärmläsare (WCAG 3.3.1 och 4.1.3) och innehåll som inte anpassar sig till en smal skärm eller förstoring utan vågrät rullning (WCAG 1.4.10).',
            'Tjänsten förnyas stegvis. De delar av den gamla tjänsten som ännu inte har flyttats till den förnyade e-tjänsten i Jobbmarknad Finland kan fungera och se ut på ett annat sätt än de nya delarna (WCAG 3.2.3 och 3.2.4).',
            'Tjänsten har ännu inte kontrollerats med de äldsta webbläsarversioner som stöds (till exempel Firefox ESR 140).',
          ],
        },
        {
          heading: 'Innehåll som inte omfattas av lagen',
          list: ['Bilagor som kunderna själva skickar till tjänsten och vars tillgänglighet tjänsteleverantören inte kan påverka.'],
        },
        {
          heading: 'Åtgärdande av brister',
          paragraphs: [
            'Vi åtgärdar kända brister i takt med att delar av den gamla tjänsten flyttas till den förnyade e-tjänsten i Jobbmarknad Finland. Nya delar byggs för att uppfylla kraven på nivå AA i WCAG 2.1, och deras tillgänglighet kontrolleras med automatiska tester innan de tas i bruk.',
          ],
        },
        {
          heading: 'Information om utlåtandet',
          paragraphs: [
            'Detta utlåtande har upprättats 25.11.2026 och granskades senast 8.12.2026. Utlåtandet grundar sig på tjänsteleverantörens egen bedömning: varje sida kontrolleras automatiskt (axe, WCAG 2.1 A och AA) innan den tas i bruk, och utvecklarna prövar sidorna med tangentbordet, på en 320 pixlar bred skärm och på finska, svenska och engelska. Någon extern bedömning eller testning med skärmläsaranvändare har ännu inte gjorts.',
          ],
        },
        {
          heading: 'Respons och kontaktuppgifter',
          paragraphs: [
            'Har du upptäckt en brist i tillgängligheten i tjänsten? Berätta det för oss, så gör vi vårt bästa för att åtgärda bristen. Du kan också begära innehåll som inte omfattas av tillgänglighetskraven eller som annars inte är tillgängligt i en annan form.',
            'Skicka respons med formuläret nedan, inloggad eller utan att logga in. Du får ett referensnummer, och vi svarar inom två veckor.',
          ],
          feedbackForm: true,
        },
        {
          heading: 'Tillsynsmyndighet',
          paragraphs: [
            'Om du upptäcker tillgänglighetsproblem i tjänsten, ge först respons till oss. Om du inte är nöjd med svaret eller inte får något svar alls inom två veckor kan du göra en anmälan till tillsynsmyndigheten. På tillsynsmyndighetens webbplats finns information om hur du gör en anmälan och hur ärendet behandlas.',
            'Tillsynsmyndighetens kontaktuppgifter:',
          ],
          list: [
            'Transport- och kommunikationsverket Traficom (tillsynsmyndighet från 1.1.2025; tidigare Regionförvaltningsverket i Södra Finland)',
            'Tillgänglighetstillsynen',
            'e-post saavutettavuus@traficom.fi',
            'telefonnummer (växel) 029 534 5000',
          ],
          links: [{ href: 'https://www.saavutettavuusvaatimukset.fi/', text: 'www.saavutettavuusvaatimukset.fi' }],
        },
      ],
    },
    en: {
      lead: 'The KEHA Centre aims to ensure the accessibility of My e-services in accordance with the Act on the Provision of Digital Services (306/2019). This accessibility statement applies to My e-services of Job Market Finland.',
      updated: '2026-12-08',
      sections: [
        {
          heading: 'Compliance status',
          paragraphs: [
            'The service is partially compliant with the accessibility requirements. The target is level AA of the WCAG 2.1 guidelines, which corresponds to the requirements of the EN 301 549 standard.',
          ],
        },
        {
          heading: 'Non-accessible content',
          paragraphs: ['Known shortcomings:'],
          list: [
            'The pages of the legacy My e-services shown inside the portal may not meet every requirement. They may, for example, contain forms whose error messages are not announced by screen readers (WCAG 3.3.1 and 4.1.3), and content that does not adapt to a narrow screen or to zooming without horizontal scrolling (WCAG 1.4.10).',
            'The service is being renewed in stages. The parts of the legacy service not yet moved to the renewed e-service of Job Market Finland may work and look different from the new parts (WCAG 3.2.3 and 3.2.4).',
            'The service has not yet been checked with the oldest supported browser versions (for example Firefox ESR 140).',
          ],
        },
        {
          heading: 'Content outside the scope of the Act',
          list: ['Attachments that customers send to the service themselves, whose accessibility the provider cannot influence.'],
        },
        {
          heading: 'Fixing the shortcomings',
          paragraphs: [
            'We fix known shortcomings as parts of the legacy service are moved to the renewed e-service of Job Market Finland. New parts are built to meet WCAG 2.1 level AA, and their accessibility is checked with automated tests before they are taken into use.',
          ],
        },
        {
          heading: 'About this statement',
          paragraphs: [
            'This statement was prepared on 25 November 2026 and last reviewed on 8 December 2026. It is based on a self-assessment by the provider: every page is checked automatically (axe, WCAG 2.1 A and AA) before it is taken into use, and the developers try the pages with the keyboard, on a 320-pixel-wide screen and in Finnish, Swedish and English. No external audit or testing with screen-reader users has been made yet.',
          ],
        },
        {
          heading: 'Feedback and contact information',
          paragraphs: [
            'Did you notice an accessibility issue in the service? Let us know, and we will do our best to fix it. You can also request content that is outside the scope of the accessibility requirements or otherwise not accessible in another format.',
            'Send your feedback with the form below, signed in or without signing in. You get a reference, and we answer within two weeks.',
          ],
          feedbackForm: true,
        },
        {
          heading: 'Supervisory authority',
          paragraphs: [
            'If you notice accessibility issues in the service, first give feedback to us. If you are not satisfied with the reply, or you receive no reply within two weeks, you can report the matter to the supervisory authority. The supervisory authority’s website explains how to make a report and how the matter is handled.',
            'Contact information of the supervisory authority:',
          ],
          list: [
            'Finnish Transport and Communications Agency Traficom (the supervisory authority since 1 January 2025; before that the Regional State Administrative Agency for Southern Finland)',
            'Accessibility supervision',
            'email saavutettavuus@traficom.fi',
            'phone (switchboard) 029 534 5000',
          ],
          links: [{ href: 'https://www.saavutettavuusvaatimukset.fi/', text: 'www.saavutettavuusvaatimukset.fi' }],
        },
      ],
    },
  },
};
