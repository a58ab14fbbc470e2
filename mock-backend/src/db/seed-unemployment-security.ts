// Seed data of unemployment-security: Sven Testsson (laid off, basic benefit from Kela) has the
// situations the area must show: a request due in two days, one overdue, one answered and in
// processing, statements (one cancelled) and a training payment notice. Dated relative to the first
// seed's "now"; fixed ids and "on conflict do nothing" keep a later seed from changing anything.
import type { Contact } from '@portal/shared-contracts/unemployment-security';
import { addDays, helsinkiDate } from '../calendar.js';
import { clarificationAnswers, clarificationRequests, unemploymentEvents, type UnemploymentEventDetail } from './schema.js';
import type { Database } from './storage.js';

export const SEED_UNEMPLOYMENT_IDS = {
  statement: '7a1e0f0a-0000-4c51-9a55-0a1f6b3c1001',
  cancelledStatement: '7a1e0f0a-0000-4c51-9a55-0a1f6b3c1002',
  paymentNotice: '7a1e0f0a-0000-4c51-9a55-0a1f6b3c1003',
  answeredRequest: '7a1e0f0a-0000-4c51-9a55-0a1f6b3c1004',
  overdueRequest: '7a1e0f0a-0000-4c51-9a55-0a1f6b3c1005',
  dueSoonRequest: '7a1e0f0a-0000-4c51-9a55-0a1f6b3c1006',
  answer: '7a1e0f0a-0000-4c51-9a55-0a1f6b3c2001',
} as const;

const BENEFITS_UNIT: Contact = {
  name: {
    fi: 'Uudenmaan TE-toimisto, työttömyysturva-asiat',
    sv: 'Nylands arbets- och näringsbyrå, arbetslöshetsskyddsärenden',
    en: 'Uusimaa TE Office, unemployment-security matters',
  },
  phone: '0295 040 000',
  email: 'tyottomyysturva.uusimaa@example.fi',
};

const KELA = { fi: 'Kela', sv: 'FPA', en: 'Kela' };

export async function seedUnemploymentSecurity(db: Database, personId: string, now: Date): Promise<void> {
  const ids = SEED_UNEMPLOYMENT_IDS;
  const today = helsinkiDate(now);
  const day = (offset: number): string => addDays(today, offset);
  const instant = (offset: number): Date => new Date(now.getTime() + offset * 86_400_000);
  const event = (id: string, issuedOffset: number, subject: { fi: string; sv: string; en: string }, detail: UnemploymentEventDetail) => ({
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
          issuer: BENEFITS_UNIT,
        },
      ),
      event(
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
          issuer: BENEFITS_UNIT,
        },
      ),
      event(
        ids.paymentNotice,
        -30,
        {
          fi: 'Työvoimakoulutuksen aloitusilmoitus',
          sv: 'Anmälan om start av arbetskraftsutbildning',
          en: 'Notice of starting labour market training',
        },
        {
          kind: 'payment-notice',
          noticeKind: 'training-start',
          training: {
            fi: 'Logistiikan perusteet (työvoimakoulutus)',
            sv: 'Grunderna i logistik (arbetskraftsutbildning)',
            en: 'Logistics basics (labour market training)',
          },
          provider: 'Testiopisto Oy',
          startDate: day(-28),
          endDate: day(62),
          payer: KELA,
          body: [
            {
              fi: 'Kela maksaa koulutuksen ajalta työttömyysetuutta ja kulukorvausta.',
              sv: 'FPA betalar arbetslöshetsförmån och kostnadsersättning för utbildningstiden.',
              en: 'Kela pays unemployment benefit and an expense allowance for the time of the training.',
            },
          ],
          issuer: BENEFITS_UNIT,
        },
      ),
      event(
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
          contact: BENEFITS_UNIT,
        },
      ),
      event(
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
          contact: BENEFITS_UNIT,
        },
      ),
      event(
        ids.dueSoonRequest,
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
          contact: BENEFITS_UNIT,
        },
      ),
    ])
    .onConflictDoNothing();

  await db
    .insert(clarificationRequests)
    .values([
      { eventId: ids.answeredRequest, state: 'in-processing', returnDate: day(-6), stateChangedAt: instant(-10) },
      { eventId: ids.overdueRequest, state: 'awaiting-answer', returnDate: day(-2), stateChangedAt: instant(-16) },
      { eventId: ids.dueSoonRequest, state: 'awaiting-answer', returnDate: day(2), stateChangedAt: instant(-12) },
    ])
    .onConflictDoNothing();

  await db
    .insert(clarificationAnswers)
    .values({
      id: ids.answer,
      requestId: ids.answeredRequest,
      personId,
      kind: 'answer',
      text: 'Lomautukseni alkoi kaksi kuukautta sitten. Työnantaja ei ole vielä kertonut, milloin se päättyy.',
      late: false,
      receivedAt: instant(-10),
      idempotencyKey: `seed-${ids.answer}`,
    })
    .onConflictDoNothing();
}
