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
  fi: {
    updated: 'Päivitetty',
    termsLoading: 'Ladataan käyttöehtoja…',
    termsFailed: 'Käyttöehtoja ei saatu ladattua. Yritä hetken kuluttua uudelleen.',
    termsNotFound: 'Käyttöehtojen versiota {version} ei ole. Alla ovat kaikki versiot.',
    termsCurrent: 'Voimassa {from} alkaen.',
    termsUpcoming: 'Nämä käyttöehdot tulevat voimaan {from}. Siihen asti ovat voimassa nykyiset käyttöehdot.',
    termsEarlier: 'Nämä käyttöehdot olivat voimassa {from}–{until}. Ne eivät ole enää voimassa.',
    termsCurrentLink: 'Voimassa olevat käyttöehdot',
    termsVersions: 'Käyttöehtojen versiot',
    termsVersionCurrent: 'voimassa {from} alkaen',
    termsVersionUpcoming: 'tulevat voimaan {from}',
    termsVersionEarlier: 'voimassa {from}–{until}',
    termsVersionName: 'Käyttöehdot {version}',
  },
  sv: {
    updated: 'Uppdaterad',
    termsLoading: 'Användarvillkoren laddas…',
    termsFailed: 'Användarvillkoren kunde inte laddas. Försök igen om en stund.',
    termsNotFound: 'Det finns ingen version {version} av användarvillkoren. Här nedan finns alla versioner.',
    termsCurrent: 'Gäller från och med {from}.',
    termsUpcoming: 'Dessa användarvillkor träder i kraft {from}. Till dess gäller de nuvarande användarvillkoren.',
    termsEarlier: 'Dessa användarvillkor gällde {from}–{until}. De gäller inte längre.',
    termsCurrentLink: 'Gällande användarvillkor',
    termsVersions: 'Versioner av användarvillkoren',
    termsVersionCurrent: 'gäller från och med {from}',
    termsVersionUpcoming: 'träder i kraft {from}',
    termsVersionEarlier: 'gällde {from}–{until}',
    termsVersionName: 'Användarvillkor {version}',
  },
  en: {
    updated: 'Last updated',
    termsLoading: 'Loading the terms of use…',
    termsFailed: 'The terms of use could not be loaded. Please try again in a moment.',
    termsNotFound: 'There is no version {version} of the terms of use. All the versions are listed below.',
    termsCurrent: 'In effect from {from}.',
    termsUpcoming: 'These terms of use take effect on {from}. Until then, the current terms of use apply.',
    termsEarlier: 'These terms of use were in effect {from}–{until}. They are no longer in effect.',
    termsCurrentLink: 'The terms of use in effect',
    termsVersions: 'Versions of the terms of use',
    termsVersionCurrent: 'in effect from {from}',
    termsVersionUpcoming: 'take effect on {from}',
    termsVersionEarlier: 'in effect {from}–{until}',
    termsVersionName: 'Terms of use {version}',
  },
});

/** The pages whose text is here; the terms of use come in versions from the backend (GET /api/terms). */
export type StaticInfoPage = Exclude<InfoPage, 'terms'>;

// The whole record is typed so that a page missing in one language fails to compile.
export const infoPageContent: Readonly<Record<StaticInfoPage, Readonly<Record<Locale, InfoPageContent>>>> = {
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
