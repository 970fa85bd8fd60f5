import 'server-only';
import { and, asc, desc, eq } from 'drizzle-orm';
import { getDb, type Executor } from '../client';
import { articleNotes } from '../schema/notes';
import { users } from '../schema/users';

export type NoteKind = 'note' | 'return';
export type NoteRow = { id: number; kind: NoteKind; body: string; createdAt: Date; authorName: string | null };

export async function insertNote(tx: Executor, note: { articleId: number; authorId: number; kind: NoteKind; body: string }): Promise<number> {
  const [row] = await tx.insert(articleNotes).values(note).returning({ id: articleNotes.id });
  return row!.id;
}

/** A story's notes and return reasons, oldest first, with their authors' names. */
export async function listNotes({ articleId }: { articleId: number }): Promise<NoteRow[]> {
  const db = await getDb();
  return db
    .select({ id: articleNotes.id, kind: articleNotes.kind, body: articleNotes.body, createdAt: articleNotes.createdAt, authorName: users.name })
    .from(articleNotes)
    .leftJoin(users, eq(users.id, articleNotes.authorId))
    .where(eq(articleNotes.articleId, articleId))
    .orderBy(asc(articleNotes.createdAt), asc(articleNotes.id));
}

/** The newest reason the story was sent back for. */
export async function latestReturnNote({ articleId }: { articleId: number }): Promise<NoteRow | null> {
  const db = await getDb();
  const [row] = await db
    .select({ id: articleNotes.id, kind: articleNotes.kind, body: articleNotes.body, createdAt: articleNotes.createdAt, authorName: users.name })
    .from(articleNotes)
    .leftJoin(users, eq(users.id, articleNotes.authorId))
    .where(and(eq(articleNotes.articleId, articleId), eq(articleNotes.kind, 'return')))
    .orderBy(desc(articleNotes.createdAt), desc(articleNotes.id))
    .limit(1);
  return row ?? null;
}
