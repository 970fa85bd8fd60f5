import 'server-only';
import { createHash } from 'node:crypto';
import { authSecret } from '../auth/secret';

/** An IP address as a salted hash: enough to count and block, never to recover the address. */
export function hashIp(ip: string | null | undefined): string {
  const salt = process.env.IP_HASH_SALT ?? authSecret();
  return createHash('sha256').update(`${salt}:${(ip ?? '').trim()}`).digest('hex').slice(0, 32);
}

/** The client's address as the nearest proxy reported it. */
export function clientIp(headers: { get(name: string): string | null } | Record<string, string | string[] | undefined>): string {
  const read = (name: string): string | undefined => {
    if (typeof (headers as { get?: unknown }).get === 'function') return (headers as { get(n: string): string | null }).get(name) ?? undefined;
    const value = (headers as Record<string, string | string[] | undefined>)[name];
    return Array.isArray(value) ? value[0] : value;
  };
  const forwarded = read('x-forwarded-for');
  return (forwarded?.split(',')[0] ?? read('x-real-ip') ?? '').trim() || 'unknown';
}
