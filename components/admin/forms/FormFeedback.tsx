import type { ActionResult } from '@/lib/auth/action';

/** A form's outcome: a Vietnamese error (announced) or a success note. */
export function FormFeedback({ result }: { result: ActionResult<unknown, unknown> | null }) {
  if (!result) return null;
  if (!result.ok) return <Notice kind="error" text={result.error} />;
  return result.message ? <Notice kind="ok" text={result.message} /> : null;
}

/** One sentence for the person at the form: an error is announced at once, a success politely. */
export function Notice({ kind, text }: { kind: 'ok' | 'error'; text: React.ReactNode }) {
  return (
    <p role={kind === 'error' ? 'alert' : 'status'} className={kind === 'error' ? 'form-error' : 'form-ok'}>
      {text}
    </p>
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
