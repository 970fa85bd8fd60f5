/**
 * The demo accounts' password, printed in the README: known to anyone, so it is a password for
 * the PGlite demo and test servers only. lib/demo/seed.ts decides where demo accounts may carry
 * it; lib/staff/schemas.ts refuses it as anyone's chosen password.
 */
export const DEMO_PASSWORD = 'toasoan-demo-2026';
