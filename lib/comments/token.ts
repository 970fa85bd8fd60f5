import 'server-only';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { authSecret } from '../auth/secret';

/*
 * A reader form's render-time proof (comments, and the tip form). The pages are cached, so a time
 * written into their HTML says nothing about when this reader opened them; instead the form asks
 * for a token (GET /api/comments/token, /api/tips/token) when it mounts and sends the signed time
 * back with the post. Each form signs with its own purpose, so one form's token is no good for another.
 */
const MAX_AGE_MS = 12 * 3_600_000;

type Purpose = 'comment-token' | 'tip-token';

function sign(purpose: Purpose, payload: string): string {
  return createHmac('sha256', `${purpose}:${authSecret()}`).update(payload).digest('base64url');
}

export function signRenderToken(purpose: Purpose, subjectId: number, issuedAt: number = Date.now()): string {
  const payload = `${subjectId}.${issuedAt}`;
  return `${payload}.${sign(purpose, payload)}`;
}

/** The time the token was issued for this subject, or null when it is forged, foreign or stale. */
export function readRenderToken(purpose: Purpose, token: string, subjectId: number, now: number = Date.now()): number | null {
  const [id, issued, mac] = token.split('.');
  if (!id || !issued || !mac || Number(id) !== subjectId) return null;
  const expected = Buffer.from(sign(purpose, `${id}.${issued}`));
  const given = Buffer.from(mac);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  const issuedAt = Number(issued);
  if (!Number.isFinite(issuedAt) || issuedAt > now + 5_000 || now - issuedAt > MAX_AGE_MS) return null;
  return issuedAt;
}

export const signFormToken = (articleId: number, issuedAt?: number) => signRenderToken('comment-token', articleId, issuedAt);
export const readFormToken = (token: string, articleId: number, now?: number) => readRenderToken('comment-token', token, articleId, now);
