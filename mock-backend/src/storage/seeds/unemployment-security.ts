// Seed data of unemployment-security, as DOMAIN.md gives the test persons' situations: Tessa has a
// request for clarification due in two days; Sven (laid off, benefit from Kela) has one awaiting
// attachments, one overdue, one answered and in processing, and statements (one negative, one
// cancelled); Turva, selected for a labour-market training, has its payment notices. Dated relative
// to the first seed's "now"; fixed ids and "on conflict do nothing" keep a later seed from changing
// anything.
import type { Contact } from '@portal/shared-contracts/unemployment-security';
import { addDays, helsinkiDate } from '../../platform/calendar.js';
import { SEED_TRAINING_IDS } from './training.js';
import { NATIONAL_SERVICE_LINE } from '../../platform/service-line.js';
import { clarificationAnswers, clarificationRequests, unemploymentEvents, type UnemploymentEventDetail } from '../schema/index.js';
import type { Database } from '../storage.js';

export const SEED_UNEMPLOYMENT_IDS = {
  // Sven's
  statement: '7a1e0f0a-0000-4c51-9a55-0a1f6b3c1001',
  cancelledStatement: '7a1e0f0a-0000-4c51-9a55-0a1f6b3c1002',
  negativeStatement: '7a1e0f0a-0000-4c51-9a55-0a1f6b3c1009',
  answeredRequest: '7a1e0f0a-0000-4c51-9a55-0a1f6b3c1004',
  overdueRequest: '7a1e0f0a-0000-4c51-9a55-0a1f6b3c1005',
  awaitingAttachmentsRequest: '7a1e0f0a-0000-4c51-9a55-0a1f6b3c1006',
  answer: '7a1e0f0a-0000-4c51-9a55-0a1f6b3c2001',
  awaitingAttachmentsAnswer: '7a1e0f0a-0000-4c51-9a55-0a1f6b3c2002',
  // Tessa's
  dueSoonRequest: '7a1e0f0a-0000-4c51-9a55-0a1f6b3c1007',
  // Turva's
  trainingStartNotice: '7a1e0f0a-0000-4c51-9a55-0a1f6b3c1008',
  trainingOtherNotice: '7a1e0f0a-0000-4c51-9a55-0a1f6b3c100a',
} as const;

/** Whose situations these are (the seed's person ids). */
export interface UnemploymentSeedPersons {
  readonly tessa: string;
  readonly sven: string;
  readonly turva: string;
}

/**
 * Who to ask about a statement: the unemployment-security desk of the person's employment area (the
 * municipal employment areas took over from the TE offices on 1.1.2025). Sven lives in Espoo, Tessa
 * in Helsinki.
 */
const ESPOO_BENEFITS_UNIT: Contact = {
  name: {
    fi: 'Espoon seudun työllisyysalue, työttömyysturva-asiat',
    sv: 'Esboregionens sysselsättningsområde, arbetslöshetsskyddsärenden',
    en: 'Espoo Region Employment Area, unemployment-security matters',
  },
  phone: '09 816 20000',
  email: 'tyottomyysturva@espoo.fi',
};

const HELSINKI_BENEFITS_UNIT: Contact = {
  name: {
    fi: 'Helsingin kaupungin työllisyyspalvelut, työttömyysturva-asiat',
    sv: 'Helsingfors stads sysselsättningstjänster, arbetslöshetsskyddsärenden',
    en: 'City of Helsinki Employment Services, unemployment-security matters',
  },
  phone: '09 310 36107',
  email: 'tyottomyysturva@hel.fi',
};

/** Turva's address is blocked: a named area would tell where she lives, so her papers give the national line. */
const NATIONAL_UNIT: Contact = { name: NATIONAL_SERVICE_LINE.name, phone: NATIONAL_SERVICE_LINE.phone, email: null };

const KELA = { fi: 'Kela', sv: 'FPA', en: 'Kela' };

export async function seedUnemploymentSecurity(db: Database, persons: UnemploymentSeedPersons, now: Date): Promise<void> {
  const ids = SEED_UNEMPLOYMENT_IDS;
  const today = helsinkiDate(now);
  const day = (offset: number): string => addDays(today, offset);
  const instant = (offset: number): Date => new Date(now.getTime() + offset * 86_400_000);
  // Turva's labour market training, which both her payment notices are about.
  const turvaTraining = {
    training: {
      fi: 'Logistiikan perusteet (työvoimakoulutus)',
      sv: 'Grunderna i logistik (arbetskraftsutbildning)',
      en: 'Logistics basics (labour market training)',
    },
    // The same training in the catalogue (seeds/training.ts): the notices link to it.
    trainingId: SEED_TRAINING_IDS.logistics,
    provider: 'Testiopisto Oy',
    startDate: day(-14),
    endDate: day(76),
  };
  const event = (
    personId: string,
    id: string,
    issuedOffset: number,
    subject: { fi: string; sv: string; en: string },
    detail: UnemploymentEventDetail,
  ) => ({
    id,
    personId,
    kind: detail.kind,
    issuedOn: day(issuedOffset),
    subject,
    detail,
    createdAt: instant(issuedOffset),
  });

  await db
    .insert(unemploymentEvents)
    .values([
      event(
        persons.sven,
        ids.statement,
        -58,
        {
          fi: 'Oikeus työttömyysetuuteen lomautuksen ajalta',
          sv: 'Rätt till arbetslöshetsförmån under permitteringen',
          en: 'Right to unemployment benefit during the layoff',
        },
        {
          kind: 'statement',
          cancelledOn: null,
          cancellationReason: null,
          payer: KELA,
          body: [
            {
              fi: 'Olet lomautettu kokoaikaisesti. Lomautus ei estä työttömyysetuuden maksamista.',
              sv: 'Du är permitterad på heltid. Permitteringen hindrar inte att arbetslöshetsförmån betalas.',
              en: 'You have been laid off full-time. The layoff does not prevent unemployment benefit from being paid.',
            },
            {
              fi: 'Kela ratkaisee etuutesi tämän lausunnon perusteella. Lausunto sitoo etuuden maksajaa.',
              sv: 'FPA avgör din förmån utifrån detta utlåtande. Utlåtandet är bindande för den som betalar förmånen.',
              en: 'Kela decides your benefit on the basis of this statement. The statement binds the benefit payer.',
            },
          ],
          legalBasis: {
            fi: 'Työttömyysturvalaki 1290/2002, 2 luku 1 § ja 11 luku 1 §',
            sv: 'Lag om utkomstskydd för arbetslösa 1290/2002, 2 kap. 1 § och 11 kap. 1 §',
            en: 'Unemployment Security Act 1290/2002, chapter 2 section 1 and chapter 11 section 1',
          },
          effectiveFrom: day(-60),
          issuer: ESPOO_BENEFITS_UNIT,
        },
      ),
      event(
        persons.sven,
        ids.cancelledStatement,
        -45,
        { fi: 'Työstä eroaminen', sv: 'Att säga upp sig från arbetet', en: 'Leaving employment' },
        {
          kind: 'statement',
          cancelledOn: day(-40),
          cancellationReason: {
            fi: 'Lausunto perustui virheelliseen tietoon: työsuhde päättyi lomautukseen, ei eroamiseen.',
            sv: 'Utlåtandet byggde på felaktiga uppgifter: anställningen ledde till permittering, inte till uppsägning.',
            en: 'The statement was based on wrong information: the employment ended in a layoff, not a resignation.',
          },
          payer: KELA,
          body: [
            {
              fi: 'Työttömyysetuutta ei makseta 45 päivän ajalta, koska erosit työstä ilman pätevää syytä.',
              sv: 'Arbetslöshetsförmån betalas inte för 45 dagar, eftersom du sade upp dig utan giltigt skäl.',
              en: 'Unemployment benefit is not paid for 45 days, because you left work without a valid reason.',
            },
          ],
          legalBasis: {
            fi: 'Työttömyysturvalaki 1290/2002, 2 a luku 1 §',
            sv: 'Lag om utkomstskydd för arbetslösa 1290/2002, 2 a kap. 1 §',
            en: 'Unemployment Security Act 1290/2002, chapter 2a section 1',
          },
          effectiveFrom: day(-60),
          issuer: ESPOO_BENEFITS_UNIT,
        },
      ),
      event(
        persons.turva,
        ids.trainingStartNotice,
        -20,
        {
          fi: 'Työvoimakoulutuksen aloitusilmoitus',
          sv: 'Anmälan om start av arbetskraftsutbildning',
          en: 'Notice of starting labour market training',
        },
        {
          kind: 'payment-notice',
          noticeKind: 'training-start',
          ...turvaTraining,
          payer: KELA,
          body: [
            {
              fi: 'Kela maksaa koulutuksen ajalta työttömyysetuutta ja kulukorvausta.',
              sv: 'FPA betalar arbetslöshetsförmån och kostnadsersättning för utbildningstiden.',
              en: 'Kela pays unemployment benefit and an expense allowance for the time of the training.',
            },
          ],
          issuer: NATIONAL_UNIT,
        },
      ),
      event(
        persons.sven,
        ids.answeredRequest,
        -20,
        { fi: 'Selvitys lomautuksen alkamisesta', sv: 'Utredning om när permitteringen började', en: 'When the layoff started' },
        {
          kind: 'clarification-request',
          explain: [
            {
              fi: 'Kerro, minä päivänä lomautuksesi alkoi ja onko työnantaja ilmoittanut sen päättymisestä.',
              sv: 'Berätta vilken dag permitteringen började och om arbetsgivaren har meddelat när den slutar.',
              en: 'Tell us the day your layoff started and whether your employer has said when it ends.',
            },
          ],
          requiredAttachments: [],
          contact: ESPOO_BENEFITS_UNIT,
        },
      ),
      event(
        persons.sven,
        ids.overdueRequest,
        -16,
        { fi: 'Selvitys opiskelusta', sv: 'Utredning om studier', en: 'Your studies' },
        {
          kind: 'clarification-request',
          explain: [
            {
              fi: 'Olet ilmoittanut opiskelevasi avoimessa yliopistossa. Kerro opintojen laajuus ja aikataulu sekä se, oletko valmis ottamaan vastaan kokoaikatyötä opintojen aikana.',
              sv: 'Du har meddelat att du studerar vid öppna universitetet. Berätta studiernas omfattning och tidtabell, och om du är beredd att ta emot heltidsarbete under studierna.',
              en: 'You have told us you study at the open university. Tell us the scope and timetable of the studies, and whether you are ready to take full-time work while studying.',
            },
          ],
          requiredAttachments: [
            {
              fi: 'Opintosuunnitelma tai todistus opintojen laajuudesta',
              sv: 'Studieplan eller intyg över studiernas omfattning',
              en: 'A study plan or a certificate of the scope of the studies',
            },
          ],
          contact: ESPOO_BENEFITS_UNIT,
        },
      ),
      event(
        persons.sven,
        ids.awaitingAttachmentsRequest,
        -12,
        {
          fi: 'Selvitys sivutoimisesta yritystoiminnasta',
          sv: 'Utredning om företagsverksamhet i bisyssla',
          en: 'Your part-time business',
        },
        {
          kind: 'clarification-request',
          explain: [
            {
              fi: 'Verohallinnon tietojen mukaan sinulla on toiminimi. Kerro, mitä yrityksesi tekee, kuinka monta tuntia viikossa työskentelet siinä ja estääkö se kokoaikatyön vastaanottamisen.',
              sv: 'Enligt Skatteförvaltningens uppgifter har du en firma. Berätta vad ditt företag gör, hur många timmar i veckan du arbetar i det och om det hindrar dig från att ta emot heltidsarbete.',
              en: 'According to the Tax Administration you have a sole proprietorship. Tell us what your business does, how many hours a week you work in it, and whether it prevents you from taking full-time work.',
            },
          ],
          requiredAttachments: [
            {
              fi: 'Tuloslaskelma tai kirjanpitäjän arvio yrityksen tuloista',
              sv: 'Resultaträkning eller bokförarens uppskattning av företagets inkomster',
              en: 'An income statement or the accountant’s estimate of the business’s income',
            },
            {
              fi: 'Kaupparekisteriote tai ote yritys- ja yhteisötietojärjestelmästä',
              sv: 'Handelsregisterutdrag eller utdrag ur företags- och organisationsdatasystemet',
              en: 'A trade register extract or an extract from the Business Information System',
            },
          ],
          contact: ESPOO_BENEFITS_UNIT,
        },
      ),
      event(
        persons.sven,
        ids.negativeStatement,
        -25,
        { fi: 'Työtarjouksesta kieltäytyminen', sv: 'Att avböja ett arbetserbjudande', en: 'Refusing a job offer' },
        {
          kind: 'statement',
          cancelledOn: null,
          cancellationReason: null,
          payer: KELA,
          body: [
            {
              fi: 'Kieltäydyit ilman pätevää syytä sinulle tarjotusta kokoaikatyöstä varastotyöntekijänä. Sinulle ei makseta työttömyysetuutta 30 päivän ajalta (korvaukseton määräaika).',
              sv: 'Du avböjde utan giltigt skäl ett heltidsarbete som lagerarbetare som erbjöds dig. Arbetslöshetsförmån betalas inte till dig för 30 dagar (karens).',
              en: 'You refused, without a valid reason, a full-time job as a warehouse worker that was offered to you. Unemployment benefit is not paid to you for 30 days (a waiting period without benefit).',
            },
            {
              fi: 'Voit hakea lausuntoon perustuvaan etuuspäätökseen muutosta sosiaaliturvan muutoksenhakulautakunnalta. Ohjeet tulevat Kelan päätöksen mukana.',
              sv: 'Du kan söka ändring i förmånsbeslutet som bygger på utlåtandet hos besvärsnämnden för social trygghet. Anvisningar följer med FPA:s beslut.',
              en: 'You can appeal the benefit decision based on this statement to the Social Security Appeal Board. Kela’s decision comes with instructions.',
            },
          ],
          legalBasis: {
            fi: 'Työttömyysturvalaki 1290/2002, 2 a luku 4 §',
            sv: 'Lag om utkomstskydd för arbetslösa 1290/2002, 2 a kap. 4 §',
            en: 'Unemployment Security Act 1290/2002, chapter 2a section 4',
          },
          effectiveFrom: day(-24),
          issuer: ESPOO_BENEFITS_UNIT,
        },
      ),
      event(
        persons.tessa,
        ids.dueSoonRequest,
        -12,
        { fi: 'Selvitys työsuhteen päättymisestä', sv: 'Utredning om hur anställningen upphörde', en: 'How your employment ended' },
        {
          kind: 'clarification-request',
          explain: [
            {
              fi: 'Kerro, miksi viimeisin työsuhteesi päättyi: irtisanoiko työnantaja sinut, päättyikö määräaikainen sopimus vai irtisanouduitko itse. Jos irtisanouduit, kerro syy.',
              sv: 'Berätta varför din senaste anställning upphörde: sade arbetsgivaren upp dig, löpte ett visstidsavtal ut eller sade du upp dig själv? Om du sade upp dig, berätta varför.',
              en: 'Tell us why your latest employment ended: did the employer dismiss you, did a fixed-term contract end, or did you resign? If you resigned, tell us why.',
            },
          ],
          requiredAttachments: [
            { fi: 'Työsopimus', sv: 'Arbetsavtalet', en: 'The employment contract' },
            {
              fi: 'Irtisanomisilmoitus tai työtodistus',
              sv: 'Uppsägningsmeddelandet eller arbetsintyget',
              en: 'The notice of termination or the employment certificate',
            },
          ],
          contact: HELSINKI_BENEFITS_UNIT,
        },
      ),
      event(
        persons.turva,
        ids.trainingOtherNotice,
        -5,
        {
          fi: 'Ilmoitus koulutuspäivien muutoksesta',
          sv: 'Anmälan om ändrade utbildningsdagar',
          en: 'Notice of changed training days',
        },
        {
          kind: 'payment-notice',
          noticeKind: 'other',
          ...turvaTraining,
          payer: KELA,
          body: [
            {
              fi: 'Koulutuksessa ei ole lähiopetusta joululomalla. Lomapäiviltä ei makseta kulukorvausta.',
              sv: 'Utbildningen har ingen närundervisning under jullovet. Kostnadsersättning betalas inte för lovdagarna.',
              en: 'The training has no classes during the Christmas break. No expense allowance is paid for the break days.',
            },
          ],
          issuer: NATIONAL_UNIT,
        },
      ),
    ])
    .onConflictDoNothing();

  await db
    .insert(clarificationRequests)
    .values([
      { eventId: ids.answeredRequest, state: 'in-processing', returnDate: day(-6), stateChangedAt: instant(-10) },
      { eventId: ids.overdueRequest, state: 'awaiting-answer', returnDate: day(-2), stateChangedAt: instant(-16) },
      { eventId: ids.awaitingAttachmentsRequest, state: 'awaiting-attachments', returnDate: day(5), stateChangedAt: instant(-3) },
      { eventId: ids.dueSoonRequest, state: 'awaiting-answer', returnDate: day(2), stateChangedAt: instant(-12) },
    ])
    .onConflictDoNothing();

  // Sven's answers, on time and with the key a seed row gets.
  const answer = (id: string, requestId: string, text: string, receivedOffset: number) => ({
    id,
    requestId,
    personId: persons.sven,
    kind: 'answer' as const,
    text,
    late: false,
    receivedAt: instant(receivedOffset),
    idempotencyKey: `seed-${id}`,
  });
  await db
    .insert(clarificationAnswers)
    .values([
      answer(
        ids.answer,
        ids.answeredRequest,
        'Lomautukseni alkoi kaksi kuukautta sitten. Työnantaja ei ole vielä kertonut, milloin se päättyy.',
        -10,
      ),
      // Answered, but neither of the two required files has come: awaiting attachments.
      answer(
        ids.awaitingAttachmentsAnswer,
        ids.awaitingAttachmentsRequest,
        'Toiminimeni tekee verkkosivuja muutaman tunnin viikossa. Lähetän tuloslaskelman ja kaupparekisteriotteen, kun saan ne kirjanpitäjältä.',
        -3,
      ),
    ])
    .onConflictDoNothing();
}
