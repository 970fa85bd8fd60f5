import type { ActionResult } from '@/lib/auth/action';

/** A form's outcome: a Vietnamese error (announced) or a success note. `inline` as in Notice. */
export function FormFeedback({ result, inline }: { result: ActionResult<unknown, unknown> | null; inline?: boolean }) {
  if (!result) return null;
  if (!result.ok) return <Notice kind="error" text={result.error} inline={inline} />;
  return result.message ? <Notice kind="ok" text={result.message} inline={inline} /> : null;
}

/**
 * One sentence for the person at the form: an error is announced at once, a success politely.
 * `inline` writes it as a span, for a place beside buttons where a paragraph may not go.
 */
export function Notice({ kind, text, inline }: { kind: 'ok' | 'error'; text: React.ReactNode; inline?: boolean }) {
  const Tag = inline ? 'span' : 'p';
  return (
    <Tag role={kind === 'error' ? 'alert' : 'status'} className={kind === 'error' ? 'form-error' : 'form-ok'}>
      {text}
    </Tag>
  );
}

/** One field's problems, under the input that `aria-describedby` points here. */
export function FieldError({ id, errors }: { id: string; errors: string[] | undefined }) {
  if (!errors?.length) return null;
  return (
    <p id={id} className="field-error">
      {errors.join(' ')}
    </p>
  );
}

/** The ARIA wiring of an input whose problems FieldError shows under `errorId`. */
export function invalidProps(errors: string[] | undefined, errorId: string) {
  return errors?.length ? { 'aria-invalid': true as const, 'aria-describedby': errorId } : {};
}
