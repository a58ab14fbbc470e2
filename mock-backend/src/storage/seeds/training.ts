// Seed data of labour-market training: a catalogue of ten trainings (taught in several places and
// remotely, in Finnish, Swedish and English; most open for application, one whose period has just
// closed, and the logistics training Turva is in, already running) and Turva's application to it,
// selected (DOMAIN.md: "selected for a labour-market training, with its payment notices"). Dated
// relative to the first seed's "now"; fixed ids and "on conflict do nothing" keep a later seed from
// changing anything.
import type { LocalizedText } from '@portal/shared-contracts';
import { addDays, helsinkiDate } from '../../platform/calendar.js';
import { trainingApplications, trainings } from '../schema/index.js';
import type { Database } from '../storage.js';

export const SEED_TRAINING_IDS = {
  logistics: '8c1e0f0a-0000-4c51-9a55-0a1f6b3c7001',
  customerService: '8c1e0f0a-0000-4c51-9a55-0a1f6b3c7002',
  software: '8c1e0f0a-0000-4c51-9a55-0a1f6b3c7003',
  careVasa: '8c1e0f0a-0000-4c51-9a55-0a1f6b3c7004',
  testing: '8c1e0f0a-0000-4c51-9a55-0a1f6b3c7005',
  welding: '8c1e0f0a-0000-4c51-9a55-0a1f6b3c7006',
  restaurant: '8c1e0f0a-0000-4c51-9a55-0a1f6b3c7007',
  finnishForWork: '8c1e0f0a-0000-4c51-9a55-0a1f6b3c7008',
  property: '8c1e0f0a-0000-4c51-9a55-0a1f6b3c7009',
  marketing: '8c1e0f0a-0000-4c51-9a55-0a1f6b3c700a',
  turvaApplication: '8c1e0f0a-0000-4c51-9a55-0a1f6b3c7101',
} as const;

export interface TrainingSeedPersons {
  readonly turva: string;
}

const place = (fi: string, sv: string, en = fi): LocalizedText => ({ fi, sv, en });

const UNEMPLOYED: LocalizedText = {
  fi: 'Työttömille ja työttömyysuhan alaisille työnhakijoille.',
  sv: 'För arbetslösa och arbetssökande som hotas av arbetslöshet.',
  en: 'For unemployed job seekers and those at risk of unemployment.',
};

export async function seedTraining(db: Database, persons: TrainingSeedPersons, now: Date): Promise<void> {
  const ids = SEED_TRAINING_IDS;
  const today = helsinkiDate(now);
  const day = (offset: number): string => addDays(today, offset);
  const instant = (offset: number): Date => new Date(now.getTime() + offset * 86_400_000);
  const row = (
    id: string,
    name: LocalizedText,
    provider: string,
    where: LocalizedText | null,
    language: 'fi' | 'sv' | 'en',
    [applyFrom, applyBy, start, end]: readonly [number, number, number, number],
    forWhom: LocalizedText,
    description: LocalizedText,
  ) => ({
    id,
    name,
    provider,
    place: where,
    language,
    applyFrom: day(applyFrom),
    applyBy: day(applyBy),
    startDate: day(start),
    endDate: day(end),
    forWhom,
    description,
  });

  await db
    .insert(trainings)
    .values([
      // Turva's, running since two weeks; its payment notices (seeds/unemployment-security.ts) link
      // here. Remote: under her address block nothing of hers may tell where she lives.
      row(
        ids.logistics,
        { fi: 'Logistiikan perusteet', sv: 'Grunderna i logistik', en: 'Logistics basics' },
        'Testiopisto Oy',
        null,
        'fi',
        [-90, -30, -14, 76],
        UNEMPLOYED,
        {
          fi: 'Varastotyön, kuljetusten ja toimitusketjujen perusteet sekä trukkikortti.',
          sv: 'Grunderna i lagerarbete, transporter och leveranskedjor samt truckkort.',
          en: 'The basics of warehouse work, transport and supply chains, and a forklift licence.',
        },
      ),
      // Tessa's training offer (seeds/offers-and-plans.ts) links to its application.
      row(
        ids.customerService,
        {
          fi: 'Asiakaspalvelun ja myynnin ammattitutkinto',
          sv: 'Yrkesexamen inom kundservice och försäljning',
          en: 'Vocational qualification in customer service and sales',
        },
        'Helsingin aikuisopisto',
        place('Helsinki', 'Helsingfors'),
        'fi',
        [-10, 14, 30, 210],
        {
          fi: 'Asiakaspalvelu- tai myyntityötä tehneille, jotka haluavat tutkinnon.',
          sv: 'För dem som har arbetat med kundservice eller försäljning och vill ha en examen.',
          en: 'For those who have worked in customer service or sales and want a qualification.',
        },
        {
          fi: 'Näyttötutkintoon valmistava koulutus, jossa on myös työssäoppimista.',
          sv: 'En utbildning som förbereder för en fristående examen, med inlärning i arbetet.',
          en: 'Training for a competence-based qualification, with on-the-job learning.',
        },
      ),
      row(
        ids.software,
        {
          fi: 'Ohjelmistokehityksen täydennyskoulutus',
          sv: 'Fortbildning i programvaruutveckling',
          en: 'Further training in software development',
        },
        'Koodiakatemia Oy',
        null,
        'fi',
        [-5, 21, 45, 225],
        {
          fi: 'Korkeakoulututkinnon suorittaneille, joilla on ohjelmoinnin perustaidot.',
          sv: 'För personer med högskoleexamen och grundläggande kunskaper i programmering.',
          en: 'For graduates with basic programming skills.',
        },
        {
          fi: 'Verkkosovellusten kehitys, testaus ja pilvipalvelut. Opetus verkossa.',
          sv: 'Utveckling av webbapplikationer, testning och molntjänster. Undervisning på nätet.',
          en: 'Web application development, testing and cloud services. Taught online.',
        },
      ),
      row(
        ids.careVasa,
        { fi: 'Hoiva-avustajan koulutus', sv: 'Utbildning till vårdbiträde', en: 'Care assistant training' },
        'Yrkesakademin i Österbotten',
        place('Vaasa', 'Vasa'),
        'sv',
        [-14, 10, 28, 180],
        UNEMPLOYED,
        {
          fi: 'Hoiva-avustajan tehtäviin valmistava koulutus ruotsiksi, harjoittelu vanhustyössä.',
          sv: 'En utbildning på svenska för arbete som vårdbiträde, med praktik inom äldreomsorgen.',
          en: 'Training in Swedish for work as a care assistant, with a placement in elderly care.',
        },
      ),
      row(
        ids.testing,
        { fi: 'Ohjelmistotestauksen koulutus', sv: 'Utbildning i programvarutestning', en: 'Software testing bootcamp' },
        'Espoo Tech Academy',
        place('Espoo', 'Esbo'),
        'en',
        [-3, 30, 50, 140],
        {
          fi: 'Englantia puhuville työnhakijoille, joilla on IT-alan kokemusta.',
          sv: 'För engelsktalande arbetssökande med erfarenhet av IT.',
          en: 'For English-speaking job seekers with experience in IT.',
        },
        {
          fi: 'Testauksen menetelmät, testiautomaatio ja ISTQB-sertifikaatti. Opetus englanniksi.',
          sv: 'Testmetoder, testautomatisering och ISTQB-certifikat. Undervisning på engelska.',
          en: 'Testing methods, test automation and the ISTQB certificate. Taught in English.',
        },
      ),
      // Its application period closed the day before yesterday.
      row(
        ids.welding,
        { fi: 'Hitsaajan koulutus', sv: 'Utbildning till svetsare', en: 'Welder training' },
        'Tampereen ammattiopisto',
        place('Tampere', 'Tammerfors'),
        'fi',
        [-40, -2, 12, 130],
        UNEMPLOYED,
        {
          fi: 'MIG/MAG-hitsauksen koulutus ja hitsaajan pätevyyskokeet.',
          sv: 'Utbildning i MIG/MAG-svetsning och svetsarprov.',
          en: 'MIG/MAG welding training and welder qualification tests.',
        },
      ),
      row(
        ids.restaurant,
        { fi: 'Ravintola-alan perustaidot', sv: 'Grundfärdigheter inom restaurangbranschen', en: 'Restaurant work basics' },
        'Turun ammattiopisto',
        place('Turku', 'Åbo'),
        'fi',
        [-20, 7, 21, 111],
        UNEMPLOYED,
        {
          fi: 'Keittiö- ja salityön perusteet, hygieniapassi ja työharjoittelu.',
          sv: 'Grunderna i kök och servering, hygienpass och praktik.',
          en: 'Kitchen and serving basics, the hygiene passport and a work placement.',
        },
      ),
      row(
        ids.finnishForWork,
        { fi: 'Suomea työelämään', sv: 'Finska för arbetslivet', en: 'Finnish for working life' },
        'Jyväskylän kielikeskus',
        place('Jyväskylä', 'Jyväskylä'),
        'en',
        [-7, 20, 35, 155],
        {
          fi: 'Maahan muuttaneille työnhakijoille, joiden suomen kielen taito on alkeistasolla.',
          sv: 'För invandrade arbetssökande som kan grundläggande finska.',
          en: 'For job seekers who have moved to Finland and have beginner-level Finnish.',
        },
        {
          fi: 'Työelämän suomea ja työnhakutaitoja. Ohjauskielenä englanti.',
          sv: 'Finska för arbetslivet och jobbsökning. Handledning på engelska.',
          en: 'Finnish for work and job-seeking skills. Guidance in English.',
        },
      ),
      row(
        ids.property,
        { fi: 'Kiinteistönhoidon perusteet', sv: 'Grunderna i fastighetsskötsel', en: 'Property maintenance basics' },
        'Lahden aikuiskoulutuskeskus',
        place('Lahti', 'Lahtis'),
        'fi',
        [-1, 25, 40, 160],
        UNEMPLOYED,
        {
          fi: 'Kiinteistön tekniikka, ulkoalueiden hoito ja asiakaspalvelu.',
          sv: 'Fastighetsteknik, skötsel av utomhusområden och kundservice.',
          en: 'Building systems, grounds maintenance and customer service.',
        },
      ),
      row(
        ids.marketing,
        { fi: 'Digitaalinen markkinointi', sv: 'Digital marknadsföring', en: 'Digital marketing' },
        'Svenska handelsinstitutet',
        null,
        'sv',
        [-12, 18, 32, 122],
        {
          fi: 'Markkinoinnin tai myynnin tehtävissä toimineille.',
          sv: 'För dem som har arbetat med marknadsföring eller försäljning.',
          en: 'For those who have worked in marketing or sales.',
        },
        {
          fi: 'Sosiaalinen media, hakukoneoptimointi ja analytiikka. Opetus verkossa ruotsiksi.',
          sv: 'Sociala medier, sökmotoroptimering och analys. Undervisning på nätet på svenska.',
          en: 'Social media, search engine optimisation and analytics. Taught online in Swedish.',
        },
      ),
    ])
    .onConflictDoNothing();

  await db
    .insert(trainingApplications)
    .values([
      {
        id: ids.turvaApplication,
        personId: persons.turva,
        trainingId: ids.logistics,
        reference: 'TK-2026-000101',
        state: 'selected',
        motivation: 'Olen tehnyt varastotyötä kaksitoista vuotta ja haluan oppia suunnittelutehtäviin.',
        education: 'Ylioppilas (2010)',
        workHistory: 'Varastotyöntekijä, Logistiikka Laine Oy (2012–2024)',
        availability: 'Voin aloittaa heti.',
        commitmentAcknowledgedAt: instant(-60),
        submittedAt: instant(-60),
        stateChangedAt: instant(-35),
        idempotencyKey: 'seed-turva-logistics',
      },
    ])
    .onConflictDoNothing();
}
