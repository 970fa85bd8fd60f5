import 'server-only';
import { createHash } from 'node:crypto';
import { authSecret } from '../auth/secret';
import { CLIENT_ADDRESS_HEADER } from './client-address.mjs';

/** An IP address as a salted hash: enough to count and block, never to recover the address. */
export function hashIp(ip: string | null | undefined): string {
  const salt = process.env.IP_HASH_SALT ?? authSecret();
  return createHash('sha256').update(`${salt}:${(ip ?? '').trim()}`).digest('hex').slice(0, 32);
}

/**
 * The client's address as the HTTP server decided it (scripts/server.mjs: the TCP peer, or the
 * entry `TRUST_PROXY` hops from the right of X-Forwarded-For). Forwarded headers sent by the client
 * are never read here: the server drops any incoming copy of its own header.
 */
export function clientIp(headers: { get(name: string): string | null } | Record<string, string | string[] | undefined>): string {
  const value =
    typeof (headers as { get?: unknown }).get === 'function'
      ? (headers as { get(n: string): string | null }).get(CLIENT_ADDRESS_HEADER)
      : (headers as Record<string, string | string[] | undefined>)[CLIENT_ADDRESS_HEADER];
  return (Array.isArray(value) ? value[0] : value)?.trim() || 'unknown';
}
