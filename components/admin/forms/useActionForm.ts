'use client';

import { useRouter } from 'next/navigation';
import { useId, useState, useTransition, type FormEvent } from 'react';
import type { ActionResult } from '@/lib/auth/action';

type Options<T> = {
  /** After success; the form element is there to reset. */
  onSuccess?: (result: { ok: true; data: T; message?: string }, form: HTMLFormElement) => void;
  /** Re-render the page's server components after success (off when the session just ended). */
  refresh?: boolean;
};

/**
 * A dashboard form that calls a guarded server action with an object built from its fields,
 * keeps what the person typed when a check fails, and shows each field's Vietnamese error.
 */
export function useActionForm<I, T, F = never>(action: (input: I) => Promise<ActionResult<T, F>>, toInput: (form: FormData) => I, options: Options<T> = {}) {
  const router = useRouter();
  const formId = useId();
  const [result, setResult] = useState<ActionResult<T, F> | null>(null);
  const [pending, startTransition] = useTransition();

  function settle(next: ActionResult<T, F>, form?: HTMLFormElement) {
    setResult(next);
    if (!next.ok) return;
    if (form) options.onSuccess?.(next, form);
    if (options.refresh !== false) router.refresh();
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const input = toInput(new FormData(form));
    startTransition(async () => settle(await action(input), form));
  }

  /** A second action of the same form (a "remove" button): same pending state, same feedback. */
  function run(call: () => Promise<ActionResult<T, F>>, then?: (result: ActionResult<T, F>) => void) {
    startTransition(async () => {
      const next = await call();
      settle(next);
      then?.(next);
    });
  }

  const errors = (name: string) => (result && !result.ok ? result.fieldErrors?.[name] : undefined);

  /** id, name and the ARIA wiring of one input. */
  function field(name: string) {
    const invalid = Boolean(errors(name)?.length);
    return {
      id: `${formId}-${name}`,
      name,
      'aria-invalid': invalid || undefined,
      'aria-describedby': invalid ? `${formId}-${name}-error` : undefined,
    };
  }

  return { result, pending, onSubmit, run, errors, field, errorId: (name: string) => `${formId}-${name}-error` };
}

export function text(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === 'string' ? value : '';
}
