import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '@/lib/demo/password';
import { knownAccountsAllowed, knownAccountsPassword } from '@/lib/demo/seed';
import { messages } from '@/lib/i18n/messages';
import { passwordField } from '@/lib/staff/schemas';

/* The published demo password never opens a real newsroom. */

const saved = { DATABASE_URL: process.env.DATABASE_URL, NODE_ENV: process.env.NODE_ENV, TEST_STAFF_PASSWORD: process.env.TEST_STAFF_PASSWORD };
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

  it('goes to demo accounts on PGlite only, never on PostgreSQL, not even on a test server', () => {
    delete env.DATABASE_URL;
    delete env.TEST_STAFF_PASSWORD;
    env.NODE_ENV = 'production';
    expect(knownAccountsPassword()).toBe(DEMO_PASSWORD); // PGlite: the demo on a laptop
    env.DATABASE_URL = 'postgres://toasoan@db.example/newsroom';
    expect(knownAccountsAllowed()).toBe(false);
    delete env.NODE_ENV;
    expect(knownAccountsAllowed()).toBe(false);
    env.NODE_ENV = 'test';
    expect(knownAccountsPassword()).toBeNull();
    env.TEST_STAFF_PASSWORD = DEMO_PASSWORD;
    expect(knownAccountsPassword()).toBeNull();
  });

  it('a test server’s accounts share its own random password, on either engine', () => {
    env.DATABASE_URL = 'postgres://toasoan@127.0.0.1/newsroom_e2e';
    env.TEST_STAFF_PASSWORD = 'test-mot-mat-khau-rieng';
    env.NODE_ENV = 'production';
    expect(knownAccountsAllowed()).toBe(false); // only a test server (NODE_ENV=test) may use it
    env.NODE_ENV = 'test';
    expect(knownAccountsPassword()).toBe('test-mot-mat-khau-rieng');
    env.TEST_STAFF_PASSWORD = 'ngan';
    expect(knownAccountsPassword()).toBeNull(); // too short to stand for a password
    delete env.DATABASE_URL;
    expect(knownAccountsPassword()).toBe(DEMO_PASSWORD);
  });
});
