import 'server-only';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { authSecret } from '../auth/secret';

/*
 * The comment form's render-time proof. The article page is cached, so a time written into
 * its HTML says nothing about when this reader opened it; instead the form asks
 * GET /api/comments/token when it mounts and sends the signed time back with the comment.
 */
const MAX_AGE_MS = 12 * 3_600_000;

function sign(payload: string): string {
  return createHmac('sha256', `comment-token:${authSecret()}`).update(payload).digest('base64url');
}

export function signFormToken(articleId: number, issuedAt: number = Date.now()): string {
  const payload = `${articleId}.${issuedAt}`;
  return `${payload}.${sign(payload)}`;
}

/** The time the token was issued for this story, or null when it is forged, foreign or stale. */
export function readFormToken(token: string, articleId: number, now: number = Date.now()): number | null {
  const [id, issued, mac] = token.split('.');
  if (!id || !issued || !mac || Number(id) !== articleId) return null;
  const expected = Buffer.from(sign(`${id}.${issued}`));
  const given = Buffer.from(mac);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  const issuedAt = Number(issued);
  if (!Number.isFinite(issuedAt) || issuedAt > now + 5_000 || now - issuedAt > MAX_AGE_MS) return null;
  return issuedAt;
}
