import 'server-only';
import type { z } from 'zod';
import { messages } from '../i18n/messages';
import { can, type Permission } from './permissions';
import { getCurrentUser, getUserForTwoStepSetup, type CurrentUser } from './session';

export type FieldErrors = Record<string, string[]>;
/** A refusal: the sentence to show, each field's problems, and `detail` when the domain says more (F, e.g. a conflict). */
export type ActionFailure<F = never> = { ok: false; error: string; fieldErrors?: FieldErrors; data?: F };
export type ActionResult<T = undefined, F = never> = { ok: true; data: T; message?: string } | ActionFailure<F>;

export function fail(error: string, fieldErrors?: FieldErrors): ActionFailure;
export function fail<F>(error: string, fieldErrors: FieldErrors | undefined, data: F): ActionFailure<F>;
export function fail<F>(error: string, fieldErrors?: FieldErrors, data?: F): ActionFailure<F> {
  return { ok: false, error, fieldErrors, data };
}

export function done<T>(data: T, message?: string): { ok: true; data: T; message?: string } {
  return { ok: true, data, message };
}

/**
 * Wraps a server action so that it cannot forget the rules: signed in, allowed by the
 * permission table, input parsed with its zod schema; only then does `handler` run.
 * `duringTwoStepSetup`: the action also serves someone whose role requires two-step sign-in and
 * who has not turned it on yet (only the actions that turn it on).
 */
export function guardedAction<S extends z.ZodType, R extends ActionResult<unknown, unknown>>(
  permission: Permission,
  schema: S,
  handler: (input: z.output<S>, user: CurrentUser) => Promise<R>,
  { duringTwoStepSetup = false }: { duringTwoStepSetup?: boolean } = {},
): (input: z.input<S>) => Promise<R | ActionFailure> {
  return async (input) => {
    let user: CurrentUser | null;
    try {
      user = duringTwoStepSetup ? await getUserForTwoStepSetup() : await getCurrentUser();
    } catch (error) {
      // The session is checked against the database: with the database unreachable, say so
      // like any other failed write instead of failing the request.
      console.error(`server action (${permission}): session check failed`, error);
      return fail(messages.validation.unexpected);
    }
    if (!user) return fail(messages.auth.signedOut);
    if (!can(user.role, permission)) return fail(messages.auth.forbidden);
    const parsed = schema.safeParse(input);
    if (!parsed.success) {
      const fieldErrors: FieldErrors = {};
      for (const issue of parsed.error.issues) {
        const key = issue.path.join('.') || '_';
        (fieldErrors[key] ??= []).push(issue.message);
      }
      return fail(messages.validation.fixFields, fieldErrors);
    }
    try {
      return await handler(parsed.data, user);
    } catch (error) {
      console.error(`server action (${permission}) failed`, error);
      return fail(messages.validation.unexpected);
    }
  };
}
