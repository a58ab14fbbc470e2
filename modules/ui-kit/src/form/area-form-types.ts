import type { fetchJson, Messages } from '@portal/shared-contracts';
import type { FieldErrors } from './form-errors.js';

// The types a form of the kit is described with (its setup, its notices, its receipt), beside the
// element that uses them (area-form-element.ts).

/** The notices every form can show; a form adds its own (what a 409 turned out to mean). */
export const FormNotice = { draftRestored: 'draftRestored', conflict: 'conflict', sendFailed: 'sendFailed' } as const;
export type FormNotice = (typeof FormNotice)[keyof typeof FormNotice];

/** The texts every form has in its own words: step titles, its buttons, the receipt's heading. */
export type FormMessageKey = 'titleEdit' | 'titleCheck' | 'titleReceipt' | 'continue' | 'cancel' | 'send' | 'receiptHeading';

/** A form's values checked: the request to send, or the errors by issue path. */
export type Validation<Request> = { ok: true; request: Request } | { ok: false; errors: FieldErrors };

/** A draft read back over the values a form starts from, and whether it had anything to give. */
export type Restored<Values> = { values: Values; restored: boolean };

/** Reads a saved draft over the values a form starts from. */
export type RestoreDraft<Values> = (draft: Record<string, unknown>) => Restored<Values>;

/** A contract schema as `fetchJson` takes it (a module depends on the contracts, not on valibot). */
export type ContractSchema = Parameters<typeof fetchJson>[1];

/** What every receipt has: when the service received what was sent. */
export interface Receipt {
  readonly receivedAt: string;
}

export interface AreaFormSetup<Key extends string, ReceiptSchema extends ContractSchema> {
  /** The area whose page the form is (`page.shown@1`). */
  readonly area: string;
  /** The server-side draft's key, `<area>.<form>`; a function when it follows an id the page sets later (read at each save). */
  readonly draftKey: string | (() => string);
  /**
   * The id of what the form's page is about (an offer, a request), which the area's root sets after
   * construction: the form starts once there is one, starts over and reads again when it changes,
   * and its title follows what was read.
   */
  readonly pageId?: () => string;
  /** Where the form is sent; a function of `pageId` when the form has one (read at send time). */
  readonly url: string | ((pageId: string) => string);
  /** The step titles depend on what was read (the answers given): said again once a read has settled. */
  readonly titleFromLoad?: boolean;
  /** The contract schema of the answer: a receipt with `receivedAt`. */
  readonly receipt: ReceiptSchema;
  /**
   * The form's texts. The kit's own words (`sendFailed`, `draftRestored`, `back`…) are used unless
   * the form words one of them its own way under the same key.
   */
  readonly messages: Messages<Key | FormMessageKey>;
}

/** The receipt a schema describes. */
export type ReceiptOf<S extends ContractSchema> = Awaited<ReturnType<typeof fetchJson<S>>>;
