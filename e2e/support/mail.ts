import fs from 'node:fs';
import path from 'node:path';
import { expect } from '@playwright/test';

export type Mail = { to: string[]; subject: string; text: string };

// What the test server's SMTP server received (scripts/e2e-server.mjs writes one JSON file each).
const MAIL_DIR = path.join(process.cwd(), '.e2e-mail');

function received(): Mail[] {
  if (!fs.existsSync(MAIL_DIR)) return [];
  return fs
    .readdirSync(MAIL_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(fs.readFileSync(path.join(MAIL_DIR, f), 'utf8')) as Mail);
}

/** The newest message to `address` whose subject matches, once it has arrived. */
export async function mailTo(address: string, subject: string | RegExp): Promise<Mail> {
  let found: Mail | undefined;
  await expect
    .poll(() => {
      found = received()
        .filter((m) => m.to.includes(address.toLowerCase()) && (typeof subject === 'string' ? m.subject === subject : subject.test(m.subject)))
        .pop();
      return Boolean(found);
    }, { timeout: 30_000, message: `an email to ${address}` })
    .toBe(true);
  return found!;
}
