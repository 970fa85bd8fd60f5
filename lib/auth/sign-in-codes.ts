/**
 * What the sign-in answers besides success, as next-auth carries it back to the form in `error`:
 * lib/auth/options.ts throws these, components/admin/SignInForm.tsx reads them.
 */
export const SIGN_IN_CODES = {
  /** Too many wrong passwords (or codes): the form says to wait. */
  throttled: 'THROTTLED',
  /** The password was right; `TWO_STEP:<challenge>` asks for the two-step code (lib/auth/two-step.ts). */
  twoStepPrefix: 'TWO_STEP:',
  twoStepInvalid: 'TWO_STEP_INVALID',
  twoStepExpired: 'TWO_STEP_EXPIRED',
} as const;
