import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import { getDb } from '@/db/client';
import type { PublicArticle } from '@/db/queries/public-articles';
import { findLivePreviewLink, insertPreviewLink, listLivePreviewLinks, revokePreviewLink } from '@/db/queries/previews';
import { audit } from '../audit/log';
import { can } from '../auth/permissions';
import type { CurrentUser } from '../auth/session';
import { absoluteUrl } from '../site/routes';
import { findViewableArticle } from './access';
import { articlePreviewForLink } from './preview';

/*
 * A link to share a story before publication (legal review, a source checking a quote): signed
 * with a random token of which only the hash is stored, valid 48 hours, revocable by editors at
 * any time. It shows the latest saved version, never indexed, with no dashboard around it.
 */

export const PREVIEW_LINK_TTL_MS = 48 * 3_600_000;
export const PREVIEW_PATH = '/xem-truoc';

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export type PreviewLinkView = { id: number; createdAt: string; expiresAt: string; createdBy: string | null };

export async function createPreviewLink(user: CurrentUser, articleId: number, now = new Date()): Promise<{ ok: true; url: string; expiresAt: string } | { ok: false; reason: 'forbidden' | 'notFound' }> {
  if (!can(user.role, 'article.share')) return { ok: false, reason: 'forbidden' };
  if (!(await findViewableArticle(user, articleId))) return { ok: false, reason: 'notFound' };
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + PREVIEW_LINK_TTL_MS);
  const db = await getDb();
  await db.transaction(async (tx) => {
    const id = await insertPreviewLink({ articleId, tokenHash: hashToken(token), createdBy: user.id, expiresAt }, tx);
    await audit({ actorId: user.id, action: 'article.previewLink', targetType: 'article', targetId: articleId, data: { link: id, expiresAt: expiresAt.toISOString() } }, tx);
  });
  return { ok: true, url: absoluteUrl(`${PREVIEW_PATH}/${token}`), expiresAt: expiresAt.toISOString() };
}

export async function revokeLink(user: CurrentUser, input: { id: number; articleId: number }, now = new Date()): Promise<{ ok: true } | { ok: false; reason: 'forbidden' | 'notFound' }> {
  if (!can(user.role, 'article.share')) return { ok: false, reason: 'forbidden' };
  if (!(await findViewableArticle(user, input.articleId))) return { ok: false, reason: 'notFound' };
  const db = await getDb();
  const revoked = await db.transaction(async (tx) => {
    if (!(await revokePreviewLink({ ...input, now }, tx))) return false;
    await audit({ actorId: user.id, action: 'article.previewRevoke', targetType: 'article', targetId: input.articleId, data: { link: input.id } }, tx);
    return true;
  });
  return revoked ? { ok: true } : { ok: false, reason: 'notFound' };
}

/** The story's live links, for the people who may share it; null for anyone else. */
export async function previewLinksFor(user: CurrentUser, articleId: number, now = new Date()): Promise<PreviewLinkView[] | null> {
  if (!can(user.role, 'article.share')) return null;
  return (await listLivePreviewLinks({ articleId, now })).map((r) => ({ id: r.id, createdAt: r.createdAt.toISOString(), expiresAt: r.expiresAt.toISOString(), createdBy: r.createdByName }));
}

/** What a link opens now: the story's latest saved version; null when unknown, expired or revoked. */
export async function openPreviewLink(token: string, now = new Date()): Promise<PublicArticle | null> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
  const link = await findLivePreviewLink({ tokenHash: hashToken(token), now });
  return link ? articlePreviewForLink(link.articleId) : null;
}
