import { safeParse, type GenericSchema, type InferOutput } from 'valibot';

export interface ValidationIssue {
  readonly path: string;
  readonly message: string;
}

export type ValidationResult<T> = { ok: true; value: T } | { ok: false; issues: ValidationIssue[] };

/**
 * Validates unknown input against a contract schema and reports issues with dotted paths, in the
 * shape of the API error body's `details`. Backend input and module responses both go through it.
 */
export function validate<TSchema extends GenericSchema>(schema: TSchema, input: unknown): ValidationResult<InferOutput<TSchema>> {
  const result = safeParse(schema, input);
  if (result.success) return { ok: true, value: result.output };
  return {
    ok: false,
    issues: result.issues.map((issue) => ({
      path: issue.path?.map((item) => String(item.key)).join('.') ?? '',
      message: issue.message,
    })),
  };
}

export class ContractViolationError extends Error {
  override readonly name = 'ContractViolationError';
  constructor(
    readonly what: string,
    readonly issues: readonly ValidationIssue[],
  ) {
    super(`${what} does not match its contract: ${issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; ')}`);
  }
}

/** Like validate, but throws ContractViolationError: for data that must fit (API responses). */
export function parseOrThrow<TSchema extends GenericSchema>(schema: TSchema, input: unknown, what: string): InferOutput<TSchema> {
  const result = validate(schema, input);
  if (!result.ok) throw new ContractViolationError(what, result.issues);
  return result.value;
}
