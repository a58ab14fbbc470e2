// The career radar's questionnaire as content: the statements, the words of the scale and of the
// factors, and the suggestions, in fi/sv/en. Kept apart from the contract (../career-radar.ts: the
// shapes, the scoring, the suggestion rules and the API DTOs) so that a change of wording is an
// edit of data alone and the code stays short enough to read. `satisfies` checks every entry
// against the contract's types; `as const` makes it read-only to the compiler. The contract gives
// it out under its own names and types (`QUESTIONNAIRE`, `SCALE_LABELS`, `SUGGESTIONS`), so no
// name of this file is part of the public subpath.
import type { LocalizedText } from '../../locale.js';
import type { AnswerValue, Questionnaire, Suggestion } from '../career-radar.js';

/**
 * The version of the statements below. A change to what is asked (a statement added, removed or
 * reworded so that its meaning changes) is a new version: saved results keep the version they were
 * answered in, and the backend scores only the current one.
 */
export const QUESTIONNAIRE_VERSION = '2026-1';

/** What each point of the scale means, for the labels at both ends and for screen readers at every point. */
export const SCALE_LABEL_TEXT = {
  1: { fi: 'täysin eri mieltä', sv: 'helt av annan åsikt', en: 'strongly disagree' },
  2: { fi: 'jokseenkin eri mieltä', sv: 'delvis av annan åsikt', en: 'somewhat disagree' },
  3: { fi: 'ei samaa eikä eri mieltä', sv: 'varken av samma eller annan åsikt', en: 'neither agree nor disagree' },
  4: { fi: 'jokseenkin samaa mieltä', sv: 'delvis av samma åsikt', en: 'somewhat agree' },
  5: { fi: 'täysin samaa mieltä', sv: 'helt av samma åsikt', en: 'strongly agree' },
} as const satisfies Readonly<Record<AnswerValue, LocalizedText>>;

/**
 * The factors and their statements, in the order of `FACTOR_IDS`: `weakestFactors` breaks ties by
 * that order and calls it the questionnaire's.
 */
export const QUESTIONNAIRE_TEXT = {
  version: QUESTIONNAIRE_VERSION,
  factors: [
    {
      id: 'goals',
      name: { fi: 'Tavoitteiden selkeys', sv: 'Tydliga mål', en: 'Clarity of goals' },
      shortName: { fi: 'Tavoitteet', sv: 'Mål', en: 'Goals' },
      description: {
        fi: 'Kuinka selvää sinulle on, mihin olet menossa.',
        sv: 'Hur klart det är för dig vart du är på väg.',
        en: 'How clear it is to you where you are heading.',
      },
      statements: [
        {
          id: 'goals-1',
          text: {
            fi: 'Tiedän, millaista työtä tai koulutusta haluan hakea.',
            sv: 'Jag vet vilket slags arbete eller utbildning jag vill söka.',
            en: 'I know what kind of work or training I want to apply for.',
          },
        },
        {
          id: 'goals-2',
          text: {
            fi: 'Minulla on selkeä suunnitelma seuraavia askeliani varten.',
            sv: 'Jag har en tydlig plan för mina nästa steg.',
            en: 'I have a clear plan for my next steps.',
          },
        },
        {
          id: 'goals-3',
          text: {
            fi: 'Tiedän, mitä tavoitteeni saavuttaminen minulta vaatii.',
            sv: 'Jag vet vad som krävs av mig för att jag ska nå mitt mål.',
            en: 'I know what reaching my goal requires of me.',
          },
        },
      ],
    },
    {
      id: 'confidence',
      name: { fi: 'Luottamus omiin mahdollisuuksiin', sv: 'Tilltro till de egna möjligheterna', en: 'Trust in your own possibilities' },
      shortName: { fi: 'Luottamus', sv: 'Tilltro', en: 'Confidence' },
      description: {
        fi: 'Kuinka paljon uskot itseesi ja mahdollisuuksiisi työelämässä.',
        sv: 'Hur mycket du tror på dig själv och dina möjligheter i arbetslivet.',
        en: 'How much you believe in yourself and your chances in working life.',
      },
      statements: [
        {
          id: 'confidence-1',
          text: {
            fi: 'Uskon löytäväni itselleni sopivaa työtä tai koulutusta.',
            sv: 'Jag tror att jag kommer att hitta ett arbete eller en utbildning som passar mig.',
            en: 'I believe I will find work or training that suits me.',
          },
        },
        {
          id: 'confidence-2',
          text: {
            fi: 'Koen, että minulla on annettavaa työnantajalle.',
            sv: 'Jag känner att jag har något att ge en arbetsgivare.',
            en: 'I feel I have something to offer an employer.',
          },
        },
        {
          id: 'confidence-3',
          text: {
            fi: 'Vastoinkäymiset eivät lannista minua pitkäksi aikaa.',
            sv: 'Motgångar tar inte modet ur mig för länge.',
            en: 'Setbacks do not discourage me for long.',
          },
        },
      ],
    },
    {
      id: 'activity',
      name: { fi: 'Työnhaun aktiivisuus', sv: 'Aktivitet i arbetssökandet', en: 'Job-search activity' },
      shortName: { fi: 'Aktiivisuus', sv: 'Aktivitet', en: 'Activity' },
      description: {
        fi: 'Kuinka paljon ja millä keinoin haet työtä tai koulutusta.',
        sv: 'Hur mycket och på vilka sätt du söker arbete eller utbildning.',
        en: 'How much, and in which ways, you look for work or training.',
      },
      statements: [
        {
          id: 'activity-1',
          text: {
            fi: 'Haen aktiivisesti työ- tai koulutuspaikkoja.',
            sv: 'Jag söker aktivt arbets- eller studieplatser.',
            en: 'I actively apply for jobs or training places.',
          },
        },
        {
          id: 'activity-2',
          text: {
            fi: 'Seuraan avoimia työpaikkoja säännöllisesti.',
            sv: 'Jag följer regelbundet med lediga jobb.',
            en: 'I keep an eye on job vacancies regularly.',
          },
        },
        {
          id: 'activity-3',
          text: {
            fi: 'Käytän työnhaussa monia keinoja, esimerkiksi verkostojani ja suoria yhteydenottoja työnantajiin.',
            sv: 'Jag använder många sätt att söka arbete, till exempel mitt nätverk och direkta kontakter med arbetsgivare.',
            en: 'I use many ways to look for work, such as my networks and contacting employers directly.',
          },
        },
      ],
    },
    {
      id: 'flexibility',
      name: { fi: 'Joustavuus', sv: 'Flexibilitet', en: 'Flexibility' },
      shortName: { fi: 'Joustavuus', sv: 'Flexibilitet', en: 'Flexibility' },
      description: {
        fi: 'Kuinka avoin olet erilaisille töille, työn muodoille ja paikkakunnille.',
        sv: 'Hur öppen du är för olika slags arbete, anställningsformer och orter.',
        en: 'How open you are to different kinds of work, forms of employment and places.',
      },
      statements: [
        {
          id: 'flexibility-1',
          text: {
            fi: 'Olen valmis hakemaan myös muuta kuin aiempaa työtäni vastaavaa työtä.',
            sv: 'Jag är beredd att söka också annat arbete än sådant som motsvarar mitt tidigare arbete.',
            en: 'I am willing to apply for work other than what I have done before.',
          },
        },
        {
          id: 'flexibility-2',
          text: {
            fi: 'Voin tarvittaessa kulkea pidemmän matkan töihin tai muuttaa työn perässä.',
            sv: 'Vid behov kan jag pendla längre eller flytta för att få arbete.',
            en: 'If needed, I can commute further or move for a job.',
          },
        },
        {
          id: 'flexibility-3',
          text: {
            fi: 'Olen valmis myös osa-aikaiseen, määräaikaiseen tai vuorotyöhön.',
            sv: 'Jag kan också tänka mig deltidsarbete, visstidsarbete eller skiftarbete.',
            en: 'I am open to part-time, fixed-term or shift work too.',
          },
        },
      ],
    },
    {
      id: 'competence',
      name: { fi: 'Osaaminen ja taidot', sv: 'Kompetens och färdigheter', en: 'Competence and skills' },
      shortName: { fi: 'Osaaminen', sv: 'Kompetens', en: 'Skills' },
      description: {
        fi: 'Kuinka hyvin osaamisesi vastaa tavoitteitasi ja kuinka hyvin osaat tuoda sen esiin.',
        sv: 'Hur väl din kompetens motsvarar dina mål och hur väl du kan visa den.',
        en: 'How well your skills match your goals, and how well you can show them.',
      },
      statements: [
        {
          id: 'competence-1',
          text: {
            fi: 'Osaamiseni vastaa niiden töiden vaatimuksia, joita haen.',
            sv: 'Min kompetens motsvarar kraven i de jobb som jag söker.',
            en: 'My skills match the requirements of the jobs I apply for.',
          },
        },
        {
          id: 'competence-2',
          text: {
            fi: 'Osaan kertoa osaamisestani työhakemuksessa ja työhaastattelussa.',
            sv: 'Jag kan berätta om min kompetens i en arbetsansökan och på en anställningsintervju.',
            en: 'I can describe my skills in a job application and at an interview.',
          },
        },
        {
          id: 'competence-3',
          text: {
            fi: 'Tiedän, miten voin tarvittaessa kehittää osaamistani.',
            sv: 'Jag vet hur jag kan utveckla min kompetens om det behövs.',
            en: 'I know how I can develop my skills if I need to.',
          },
        },
      ],
    },
    {
      id: 'wellbeing',
      name: { fi: 'Jaksaminen ja terveys', sv: 'Ork och hälsa', en: 'Energy and health' },
      shortName: { fi: 'Jaksaminen', sv: 'Ork', en: 'Energy' },
      description: {
        fi: 'Kuinka jaksat arjessa ja kuinka terveytesi tukee työntekoa tai opiskelua.',
        sv: 'Hur du orkar i vardagen och hur din hälsa gör det möjligt att arbeta eller studera.',
        en: 'How you cope day to day, and how your health supports working or studying.',
      },
      statements: [
        {
          id: 'wellbeing-1',
          text: { fi: 'Jaksan arjessa hyvin.', sv: 'Jag orkar bra i vardagen.', en: 'I cope well with everyday life.' },
        },
        {
          id: 'wellbeing-2',
          text: {
            fi: 'Terveyteni sallii minun tehdä sellaista työtä, jota haluan tehdä.',
            sv: 'Min hälsa gör det möjligt för mig att utföra det slags arbete jag vill.',
            en: 'My health allows me to do the kind of work I want to do.',
          },
        },
        {
          id: 'wellbeing-3',
          text: {
            fi: 'Nukun ja palaudun riittävästi.',
            sv: 'Jag sover och återhämtar mig tillräckligt.',
            en: 'I sleep and recover well enough.',
          },
        },
      ],
    },
    {
      id: 'support',
      name: { fi: 'Muiden tuki', sv: 'Stöd från andra', en: 'Support from others' },
      shortName: { fi: 'Tuki', sv: 'Stöd', en: 'Support' },
      description: {
        fi: 'Keneltä saat apua, neuvoja ja kannustusta.',
        sv: 'Av vem du får hjälp, råd och uppmuntran.',
        en: 'Who gives you help, advice and encouragement.',
      },
      statements: [
        {
          id: 'support-1',
          text: {
            fi: 'Minulla on ihmisiä, jotka tukevat minua työnhaussa.',
            sv: 'Jag har människor som stöder mig när jag söker arbete.',
            en: 'I have people who support me in looking for work.',
          },
        },
        {
          id: 'support-2',
          text: {
            fi: 'Voin pyytää apua tai neuvoa, kun tarvitsen sitä.',
            sv: 'Jag kan be om hjälp eller råd när jag behöver det.',
            en: 'I can ask for help or advice when I need it.',
          },
        },
        {
          id: 'support-3',
          text: {
            fi: 'Tunnen ihmisiä, jotka voivat kertoa minulle työmahdollisuuksista.',
            sv: 'Jag känner människor som kan berätta för mig om arbetsmöjligheter.',
            en: 'I know people who can tell me about job opportunities.',
          },
        },
      ],
    },
    {
      id: 'circumstances',
      name: { fi: 'Elämäntilanne', sv: 'Livssituation', en: 'Life circumstances' },
      shortName: { fi: 'Elämäntilanne', sv: 'Livssituation', en: 'Life situation' },
      description: {
        fi: 'Kuinka elämäntilanteesi, talous ja arjen järjestelyt mahdollistavat työn tai opiskelun.',
        sv: 'Hur din livssituation, ekonomi och vardag gör det möjligt att arbeta eller studera.',
        en: 'How your life situation, finances and everyday arrangements make working or studying possible.',
      },
      statements: [
        {
          id: 'circumstances-1',
          text: {
            fi: 'Elämäntilanteeni antaa mahdollisuuden aloittaa työ tai koulutus.',
            sv: 'Min livssituation gör det möjligt för mig att börja arbeta eller studera.',
            en: 'My life situation allows me to start work or training.',
          },
        },
        {
          id: 'circumstances-2',
          text: {
            fi: 'Taloudellinen tilanteeni ei estä minua keskittymästä työnhakuun.',
            sv: 'Min ekonomiska situation hindrar mig inte från att koncentrera mig på att söka arbete.',
            en: 'My financial situation does not keep me from focusing on finding work.',
          },
        },
        {
          id: 'circumstances-3',
          text: {
            fi: 'Arkeni järjestelyt, kuten asuminen, kulkeminen ja hoivavastuut, ovat kunnossa.',
            sv: 'Mina vardagsarrangemang, som boende, resor och omsorgsansvar, fungerar.',
            en: 'My everyday arrangements, such as housing, transport and caring responsibilities, are in order.',
          },
        },
      ],
    },
  ],
} as const satisfies Questionnaire;

const TYOMARKKINATORI = 'https://tyomarkkinatori.fi';

/** What to look at next, per factor: services of the portal and public services elsewhere. */
export const SUGGESTION_TEXT = [
  {
    factor: 'goals',
    text: {
      fi: 'Tutustu ammatteihin ja koulutuksiin ja pohdi, mikä sinua kiinnostaa. Työmarkkinatorilta saat myös henkilökohtaista ohjausta uravalintoihin.',
      sv: 'Bekanta dig med yrken och utbildningar och fundera på vad som intresserar dig. På Jobbmarknaden får du också personlig vägledning i karriärval.',
      en: 'Explore occupations and training and think about what interests you. Job Market Finland also offers personal career guidance.',
    },
    link: { text: { fi: 'Työmarkkinatori', sv: 'Jobbmarknaden', en: 'Job Market Finland' }, href: TYOMARKKINATORI },
  },
  {
    factor: 'goals',
    text: {
      fi: 'Kirjaa työnhakusi tavoitteet, niin voit käydä ne läpi asiantuntijan kanssa.',
      sv: 'Skriv ner målen för ditt arbetssökande, så kan du gå igenom dem med en sakkunnig.',
      en: 'Write down your job-search goals so you can go through them with an adviser.',
    },
    link: { text: { fi: 'Työnhaku', sv: 'Arbetssökande', en: 'Job seeking' }, href: '/job-search' },
  },
  {
    factor: 'confidence',
    text: {
      fi: 'Luottamus omiin mahdollisuuksiin vahvistuu pienistä onnistumisista. Mielenterveystalon omahoito-ohjelmista saat keinoja toiveikkuuden ja itsetunnon tueksi.',
      sv: 'Tilltron till de egna möjligheterna växer av små framgångar. I Mentalhälsohusets egenvårdsprogram får du verktyg för hopp och självkänsla.',
      en: 'Confidence grows from small successes. The self-help programmes of Mielenterveystalo (Mental Health Hub) give you tools for hope and self-esteem.',
    },
    link: { text: { fi: 'Mielenterveystalo', sv: 'Mentalhälsohuset', en: 'Mielenterveystalo' }, href: 'https://www.mielenterveystalo.fi' },
  },
  {
    factor: 'confidence',
    text: {
      fi: 'Keskustele tilanteestasi työllisyyspalvelujen asiantuntijan kanssa: yhdessä on helpompi nähdä vahvuutesi.',
      sv: 'Diskutera din situation med en sakkunnig inom sysselsättningstjänsterna: tillsammans är det lättare att se dina styrkor.',
      en: 'Talk about your situation with an employment services adviser: together it is easier to see your strengths.',
    },
    link: { text: { fi: 'Työnhaku', sv: 'Arbetssökande', en: 'Job seeking' }, href: '/job-search' },
  },
  {
    factor: 'activity',
    text: {
      fi: 'Varaa työnhaulle säännöllisesti aikaa ja seuraa avoimia työpaikkoja. Työmarkkinatorilla voit tallentaa hakuja ja saada ilmoituksen uusista paikoista.',
      sv: 'Reservera regelbundet tid för arbetssökandet och följ med lediga jobb. På Jobbmarknaden kan du spara sökningar och få meddelanden om nya platser.',
      en: 'Set aside time for job seeking regularly and follow vacancies. On Job Market Finland you can save searches and be told of new openings.',
    },
    link: {
      text: { fi: 'Avoimet työpaikat Työmarkkinatorilla', sv: 'Lediga jobb på Jobbmarknaden', en: 'Vacancies on Job Market Finland' },
      href: TYOMARKKINATORI,
    },
  },
  {
    factor: 'activity',
    text: {
      fi: 'Pidä työnhakusi voimassa ja tietosi ajan tasalla.',
      sv: 'Håll ditt arbetssökande i kraft och dina uppgifter uppdaterade.',
      en: 'Keep your job seeking valid and your details up to date.',
    },
    link: { text: { fi: 'Työnhaku', sv: 'Arbetssökande', en: 'Job seeking' }, href: '/job-search' },
  },
  {
    factor: 'flexibility',
    text: {
      fi: 'Tutustu lähialojen ammatteihin ja erilaisiin työn muotoihin: ne voivat avata uusia mahdollisuuksia.',
      sv: 'Bekanta dig med yrken inom närliggande branscher och med olika anställningsformer: de kan öppna nya möjligheter.',
      en: 'Look into related occupations and different forms of work: they can open up new opportunities.',
    },
    link: { text: { fi: 'Työmarkkinatori', sv: 'Jobbmarknaden', en: 'Job Market Finland' }, href: TYOMARKKINATORI },
  },
  {
    factor: 'competence',
    text: {
      fi: 'Löydä koulutus, jolla voit kehittää osaamistasi tai hankkia uuden ammatin.',
      sv: 'Hitta en utbildning där du kan utveckla din kompetens eller skaffa ett nytt yrke.',
      en: 'Find training to develop your skills or gain a new occupation.',
    },
    link: { text: { fi: 'Opintopolku', sv: 'Studieinfo', en: 'Studyinfo' }, href: 'https://opintopolku.fi' },
  },
  {
    factor: 'competence',
    text: {
      fi: 'Kysy työvoimakoulutuksesta ja muista osaamisen kehittämisen palveluista työnhakusi yhteydessä.',
      sv: 'Fråga om arbetskraftsutbildning och andra tjänster för kompetensutveckling i samband med ditt arbetssökande.',
      en: 'Ask about labour-market training and other services for developing your skills as part of your job seeking.',
    },
    link: { text: { fi: 'Työnhaku', sv: 'Arbetssökande', en: 'Job seeking' }, href: '/job-search' },
  },
  {
    factor: 'wellbeing',
    text: {
      fi: 'Jos jaksaminen tai terveys rajoittaa työnhakuasi, hae apua terveyspalveluista ja kerro asiasta myös työllisyyspalvelujen asiantuntijalle.',
      sv: 'Om orken eller hälsan begränsar ditt arbetssökande, sök hjälp inom hälsovården och berätta om det även för en sakkunnig inom sysselsättningstjänsterna.',
      en: 'If your energy or health limits your job seeking, get help from health services and tell your employment services adviser about it too.',
    },
    link: { text: { fi: 'Omaolo', sv: 'Omaolo', en: 'Omaolo' }, href: 'https://www.omaolo.fi' },
  },
  {
    factor: 'wellbeing',
    text: {
      fi: 'Mielenterveystalosta löydät tietoa ja omahoito-ohjelmia esimerkiksi unen, stressin ja mielialan tueksi.',
      sv: 'I Mentalhälsohuset hittar du information och egenvårdsprogram till exempel för sömn, stress och humör.',
      en: 'Mielenterveystalo (Mental Health Hub) has information and self-help programmes for sleep, stress and mood, for example.',
    },
    link: { text: { fi: 'Mielenterveystalo', sv: 'Mentalhälsohuset', en: 'Mielenterveystalo' }, href: 'https://www.mielenterveystalo.fi' },
  },
  {
    factor: 'support',
    text: {
      fi: 'Et ole yksin: alle 30-vuotiaat saavat maksutonta apua ja neuvoja Ohjaamoista, ja työllisyyspalvelujen asiantuntija auttaa kaikenikäisiä.',
      sv: 'Du är inte ensam: unga under 30 får kostnadsfri hjälp och rådgivning på Navigatorerna, och sakkunniga inom sysselsättningstjänsterna hjälper alla åldrar.',
      en: 'You are not alone: people under 30 get free help and advice at Ohjaamo centres, and employment services advisers help people of every age.',
    },
    link: { text: { fi: 'Ohjaamot', sv: 'Navigatorerna', en: 'Ohjaamo centres' }, href: 'https://ohjaamot.fi' },
  },
  {
    factor: 'support',
    text: {
      fi: 'Kerro työnhausta läheisillesi ja entisille työkavereillesi: moni työpaikka löytyy tuttujen kautta.',
      sv: 'Berätta för dina närstående och tidigare arbetskamrater att du söker arbete: många jobb hittas via bekanta.',
      en: 'Tell your family, friends and former colleagues you are looking for work: many jobs are found through people you know.',
    },
    link: { text: { fi: 'Työmarkkinatori', sv: 'Jobbmarknaden', en: 'Job Market Finland' }, href: TYOMARKKINATORI },
  },
  {
    factor: 'circumstances',
    text: {
      fi: 'Kelasta saat tietoa tuista, jotka voivat helpottaa tilannettasi, esimerkiksi asumistuesta ja toimeentulotuesta.',
      sv: 'FPA informerar om förmåner som kan underlätta din situation, till exempel bostadsbidrag och utkomststöd.',
      en: 'Kela can tell you about benefits that may ease your situation, such as housing allowance and social assistance.',
    },
    link: { text: { fi: 'Kela', sv: 'FPA', en: 'Kela' }, href: 'https://www.kela.fi' },
  },
  {
    factor: 'circumstances',
    text: {
      fi: 'Suomi.fi kokoaa julkiset palvelut yhteen, esimerkiksi lastenhoidon, asumisen ja talousneuvonnan.',
      sv: 'Suomi.fi samlar de offentliga tjänsterna, till exempel barnomsorg, boende och ekonomisk rådgivning.',
      en: 'Suomi.fi gathers public services in one place, such as childcare, housing and debt advice.',
    },
    link: { text: { fi: 'Suomi.fi', sv: 'Suomi.fi', en: 'Suomi.fi' }, href: 'https://www.suomi.fi' },
  },
] as const satisfies readonly Suggestion[];
