// What the start-up grant shows on the front page (current items) and in the export of the
// person's own data (the profile's JSON download).
import type { CurrentItem, LocalizedText } from '@portal/shared-contracts';
import type { StartupGrantOverview } from '@portal/shared-contracts/startup-grant';
import type { Database } from '../../storage/storage.js';
import { load, toApplication, toAttachment, toPeriods } from './service.js';

const AREA = 'startup-grant';

const SUPPLEMENT_ITEM: { title: LocalizedText; description: LocalizedText } = {
  title: {
    fi: 'Täydennä starttirahahakemustasi',
    sv: 'Komplettera din ansökan om startpeng',
    en: 'Supplement your start-up grant application',
  },
  description: {
    fi: 'TE-toimisto pyytää lisätietoja hakemukseesi.',
    sv: 'TE-byrån ber om mer information om din ansökan.',
    en: 'The office asks for more information on your application.',
  },
};

const PAYMENT_ITEM: { title: LocalizedText; description: LocalizedText } = {
  title: { fi: 'Hae starttirahan maksua', sv: 'Ansök om utbetalning av startpeng', en: 'Apply for your start-up grant payment' },
  description: {
    fi: 'Maksukausi on päättynyt: tee maksatushakemus määräaikaan mennessä.',
    sv: 'Utbetalningsperioden har gått ut: ansök om utbetalning före tidsfristen.',
    en: 'A payment period has ended: apply for its payment by the deadline.',
  },
};

const DRAFT_ITEM: { title: LocalizedText; description: LocalizedText } = {
  title: {
    fi: 'Starttirahahakemuksesi on kesken',
    sv: 'Din ansökan om startpeng är inte klar',
    en: 'Your start-up grant application is unfinished',
  },
  description: {
    fi: 'Jatka siitä, mihin jäit, ja lähetä hakemus, kun kaikki osat ovat valmiit.',
    sv: 'Fortsätt där du slutade och skicka ansökan när alla delar är klara.',
    en: 'Continue where you left off, and send the application once every part is completed.',
  },
};

/**
 * The front page's items: each open request for a supplement with its deadline, each period ready
 * to apply for with its last day, and an application left half done (its server-side draft).
 */
export function currentItems(overview: StartupGrantOverview, hasDraft: boolean): CurrentItem[] {
  const supplements = overview.applications.flatMap((application) =>
    application.state === 'supplement-requested'
      ? application.supplements
          .filter((supplement) => supplement.answer === null)
          .map((supplement): CurrentItem => ({
            id: `supplement-${supplement.id}`,
            area: AREA,
            kind: 'deadline',
            ...SUPPLEMENT_ITEM,
            dueDate: supplement.deadline,
            href: `/startup-grant/supplements/${supplement.id}`,
            urgency: 'action',
          }))
      : [],
  );
  const payments = overview.periods
    .filter((period) => period.status === 'open')
    .map((period): CurrentItem => ({
      id: `payment-${period.id}`,
      area: AREA,
      kind: 'deadline',
      ...PAYMENT_ITEM,
      dueDate: period.applyBy,
      href: `/startup-grant/payments/${period.id}`,
      urgency: 'action',
    }));
  const draft: CurrentItem[] = hasDraft
    ? [{ id: 'application-draft', area: AREA, kind: 'unfinished-form', ...DRAFT_ITEM, href: '/startup-grant/apply', urgency: 'info' }]
    : [];
  return [...supplements, ...payments, ...draft];
}

/**
 * The export's part (the profile's JSON download and print view): every application with its
 * timeline, supplements and decision, every granted period with its payment application, and the
 * files not yet sent.
 */
export async function startupGrantExport(db: Database, personId: string, today: string, paymentApplicationMonths: number) {
  const loaded = await load(db, personId);
  return {
    applications: loaded.applications.map((row) => toApplication(row, loaded, today)),
    periods: toPeriods(loaded, today, paymentApplicationMonths),
    pendingAttachments: loaded.attachments
      .filter((file) => file.applicationId === null && file.supplementId === null && file.paymentId === null)
      .map(toAttachment),
  };
}
