import type { ActionResult } from '@/lib/auth/action';

/** The form's outcome: a Vietnamese error (announced) or a success note. */
export function FormFeedback({ result }: { result: ActionResult<unknown> | null }) {
  if (!result) return null;
  if (!result.ok)
    return (
      <p role="alert" className="form-error">
        {result.error}
      </p>
    );
  return result.message ? (
    <p role="status" className="form-ok">
      {result.message}
    </p>
  ) : null;
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
