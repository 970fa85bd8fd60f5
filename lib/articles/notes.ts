import 'server-only';
import { getDb } from '@/db/client';
import { insertNote, latestReturnNote, listNotes, type NoteRow } from '@/db/queries/notes';
import { audit } from '../audit/log';
import { can } from '../auth/permissions';
import type { CurrentUser } from '../auth/session';
import { deliverSoon } from '../mail/outbox';
import { notifyStoryEvent } from '../notifications/notify';
import { findViewableArticle } from './access';

/*
 * Notes between staff on a story ("Ghi chú nội bộ"). Whoever may open the story in the
 * dashboard reads its notes and adds to them (writers: their own stories and published ones;
 * editors and admins: any). Notes live in their own table, which no reader-facing query reads.
 */

export type NoteView = { id: number; kind: NoteRow['kind']; body: string; createdAt: string; authorName: string | null };

const view = (row: NoteRow): NoteView => ({ ...row, createdAt: row.createdAt.toISOString() });

/** The story's notes for this person, or null when they may not open the story. */
export async function notesFor(user: CurrentUser, articleId: number): Promise<NoteView[] | null> {
  if (!(await findViewableArticle(user, articleId))) return null;
  return (await listNotes({ articleId })).map(view);
}

/** Why the story was last sent back, shown above the editor while it stays returned. */
export async function returnReasonFor(articleId: number): Promise<NoteView | null> {
  const row = await latestReturnNote({ articleId });
  return row ? view(row) : null;
}

export async function addNote(user: CurrentUser, input: { articleId: number; body: string }): Promise<{ ok: true; id: number } | { ok: false; reason: 'forbidden' | 'notFound' }> {
  if (!can(user.role, 'article.create')) return { ok: false, reason: 'forbidden' };
  const article = await findViewableArticle(user, input.articleId);
  if (!article) return { ok: false, reason: 'notFound' };
  const db = await getDb();
  const id = await db.transaction(async (tx) => {
    const id = await insertNote(tx, { articleId: input.articleId, authorId: user.id, kind: 'note', body: input.body });
    await audit({ actorId: user.id, action: 'article.note', targetType: 'article', targetId: input.articleId }, tx);
    await notifyStoryEvent(tx, { kind: 'note', article, actor: user, text: input.body });
    return id;
  });
  deliverSoon();
  return { ok: true, id };
}
