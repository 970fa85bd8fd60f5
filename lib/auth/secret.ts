import 'server-only';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { dataDir } from '@/db/data-dir';

export class MissingSecretError extends Error {
  constructor() {
    super(
      'NEXTAUTH_SECRET chưa được đặt. Trên máy chủ thật (DATABASE_URL đã đặt) hãy đặt biến môi trường ' +
        'NEXTAUTH_SECRET, ví dụ bằng: openssl rand -base64 32. (NEXTAUTH_SECRET is required in production.)',
    );
    this.name = 'MissingSecretError';
  }
}

let cached: string | undefined;

/**
 * The key that signs sessions. In production (DATABASE_URL set) it must come from
 * NEXTAUTH_SECRET; in the zero-set-up mode it is generated once and kept under ./data.
 */
export function authSecret(): string {
  if (cached) return cached;
  if (process.env.NEXTAUTH_SECRET) return (cached = process.env.NEXTAUTH_SECRET);
  if (process.env.DATABASE_URL) throw new MissingSecretError();
  const file = path.join(dataDir(), 'auth-secret');
  try {
    cached = fs.readFileSync(file, 'utf8').trim();
  } catch {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const secret = randomBytes(32).toString('base64url');
    try {
      fs.writeFileSync(file, secret, { flag: 'wx', mode: 0o600 });
    } catch {
      // another process wrote it first: use theirs
    }
    cached = fs.readFileSync(file, 'utf8').trim();
  }
  return cached;
}
