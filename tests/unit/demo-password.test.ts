import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '@/lib/demo/password';
import { knownAccountsAllowed } from '@/lib/demo/seed';
import { messages } from '@/lib/i18n/messages';
import { passwordField } from '@/lib/staff/schemas';

/* The published demo password never opens a real newsroom. */

const saved = { DATABASE_URL: process.env.DATABASE_URL, NODE_ENV: process.env.NODE_ENV };
const env = process.env as Record<string, string | undefined>;
afterEach(() => {
  for (const [key, value] of Object.entries(saved)) {
    if (value === undefined) delete env[key];
    else env[key] = value;
  }
});

describe('the demo password', () => {
  it('is refused as anyone’s chosen password, in Vietnamese', () => {
    const result = passwordField.safeParse(DEMO_PASSWORD);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe(messages.staff.validation.passwordPublished);
    expect(passwordField.safeParse('mot-mat-khau-rieng').success).toBe(true);
  });

  it('goes to demo accounts only on PGlite or a PostgreSQL test server', () => {
    delete env.DATABASE_URL;
    env.NODE_ENV = 'production';
    expect(knownAccountsAllowed()).toBe(true); // PGlite: the demo on a laptop
    env.DATABASE_URL = 'postgres://toasoan@db.example/newsroom';
    expect(knownAccountsAllowed()).toBe(false);
    delete env.NODE_ENV;
    expect(knownAccountsAllowed()).toBe(false);
    env.NODE_ENV = 'test';
    expect(knownAccountsAllowed()).toBe(true);
  });
});
