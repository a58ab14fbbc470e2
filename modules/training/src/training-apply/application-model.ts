import { validate } from '@portal/shared-contracts';
import {
  AVAILABILITY_MAX,
  EDUCATION_MAX,
  MOTIVATION_MAX,
  TrainingApplicationRequestSchema,
  WORK_HISTORY_MAX,
  type TrainingApplicationRequest,
  type TrainingDetail,
} from '@portal/shared-contracts/training';
import { errorsFromIssues, type Restored, type Validation } from '@portal/ui-kit/form';

// The application form without the DOM: what the person typed, the check before sending by the
// contract's own schema, and the draft read back.

/** The draft's key for one training's application (DraftKeySchema: `<area>.<form>.<id>`). */
export const draftKeyOf = (trainingId: string): string => `training.apply.${trainingId.toLowerCase()}`;

export type ApplicationInput = {
  readonly motivation: string;
  readonly education: string;
  readonly workHistory: string;
  readonly availability: string;
  readonly commitment: boolean;
};

export const EMPTY_INPUT: ApplicationInput = { motivation: '', education: '', workHistory: '', availability: '', commitment: false };

/** The fields in page order: the error summary's order and the controls' ids. */
export const FIELD_ORDER: readonly string[] = ['motivation', 'education', 'workHistory', 'availability', 'commitment'];

/** The person's own data to start from: their education and work from the registration, to check. */
export function inputFromPrefill(prefill: TrainingDetail['prefill']): ApplicationInput {
  return { ...EMPTY_INPUT, education: prefill.education, workHistory: prefill.workHistory };
}

/** The request the input makes, or the errors by path (texts go out trimmed: the schema's transform). */
export function checkApplication(trainingId: string, input: ApplicationInput): Validation<TrainingApplicationRequest> {
  const result = validate(TrainingApplicationRequestSchema, { trainingId, ...input });
  return result.ok ? { ok: true, request: result.value } : { ok: false, errors: errorsFromIssues(result.issues) };
}

/**
 * A saved draft read back over `base`, if it is one of ours: strings no longer than twice their
 * limits, the commitment only when it is `true` (a draft never acknowledges it by accident).
 */
export function restoreInput(saved: Record<string, unknown>, base: ApplicationInput): Restored<ApplicationInput> {
  const text = (key: keyof ApplicationInput, max: number): string => {
    const value = saved[key];
    return typeof value === 'string' && value.length <= max * 2 ? value : (base[key] as string);
  };
  const values: ApplicationInput = {
    motivation: text('motivation', MOTIVATION_MAX),
    education: text('education', EDUCATION_MAX),
    workHistory: text('workHistory', WORK_HISTORY_MAX),
    availability: text('availability', AVAILABILITY_MAX),
    commitment: saved['commitment'] === true,
  };
  const restored =
    values.motivation.trim() !== '' ||
    values.availability.trim() !== '' ||
    values.education !== base.education ||
    values.workHistory !== base.workHistory;
  return { values, restored };
}
