import 'server-only';
import { and, eq, gt, gte, isNull, lte, sql } from 'drizzle-orm';
import { getDb, type Executor } from '../client';
import { mailOutbox, passwordResets } from '../schema/mail';

export type OutgoingMail = { to: string; subject: string; text: string };
export type QueuedMail = OutgoingMail & { id: number; attempts: number };

/** Queues a message; pass the transaction that makes the event it tells of. */
export async function enqueueMail(message: OutgoingMail, tx?: Executor): Promise<number> {
  const db = tx ?? (await getDb());
  const [row] = await db.insert(mailOutbox).values(message).returning({ id: mailOutbox.id });
  return row!.id;
}

/**
 * Claims up to `limit` due messages for `leaseMs`: their next attempt moves past the lease and
 * their attempt count grows, in one statement with SKIP LOCKED, so two instances never claim the
 * same message and a sender that dies mid-way leaves it to be tried again after the lease.
 */
export async function claimDueMail({ now, limit, leaseMs }: { now: Date; limit: number; leaseMs: number }): Promise<QueuedMail[]> {
  const db = await getDb();
  const due = db
    .select({ id: mailOutbox.id })
    .from(mailOutbox)
    .where(and(isNull(mailOutbox.sentAt), isNull(mailOutbox.failedAt), lte(mailOutbox.nextAttemptAt, now)))
    .orderBy(mailOutbox.nextAttemptAt, mailOutbox.id)
    .limit(limit)
    .for('update', { skipLocked: true });
  return db
    .update(mailOutbox)
    .set({ attempts: sql`${mailOutbox.attempts} + 1`, nextAttemptAt: new Date(now.getTime() + leaseMs) })
    .where(sql`${mailOutbox.id} in (${due})`)
    .returning({ id: mailOutbox.id, to: mailOutbox.to, subject: mailOutbox.subject, text: mailOutbox.text, attempts: mailOutbox.attempts });
}

export async function markMailSent({ id, now }: { id: number; now: Date }): Promise<void> {
  const db = await getDb();
  await db.update(mailOutbox).set({ sentAt: now, lastError: null }).where(eq(mailOutbox.id, id));
}

/** A failed attempt: tried again at `retryAt`, or given up on when that is null. */
export async function markMailFailed({ id, error, retryAt, now }: { id: number; error: string; retryAt: Date | null; now: Date }): Promise<void> {
  const db = await getDb();
  await db
    .update(mailOutbox)
    .set(retryAt ? { lastError: error.slice(0, 500), nextAttemptAt: retryAt } : { lastError: error.slice(0, 500), failedAt: now })
    .where(eq(mailOutbox.id, id));
}

/** Sent messages older than `before` are forgotten. */
export async function pruneSentMail({ before }: { before: Date }): Promise<void> {
  const db = await getDb();
  await db.delete(mailOutbox).where(and(lte(mailOutbox.sentAt, before)));
}

export async function createPasswordReset(
  row: { userId: number; tokenHash: string; expiresAt: Date; createdBy: number | null; ipHash: string | null },
  tx?: Executor,
): Promise<void> {
  const db = tx ?? (await getDb());
  await db.insert(passwordResets).values(row);
}

/** Reset links asked for since `since`, by this account and from this address. */
export async function countRecentResets({ userId, ipHash, since }: { userId: number | null; ipHash: string; since: Date }): Promise<{ account: number; address: number }> {
  const db = await getDb();
  const count = async (where: ReturnType<typeof and>) => Number((await db.select({ n: sql<number>`count(*)` }).from(passwordResets).where(where))[0]?.n ?? 0);
  return {
    account: userId === null ? 0 : await count(and(eq(passwordResets.userId, userId), gte(passwordResets.createdAt, since), isNull(passwordResets.createdBy))),
    address: await count(and(eq(passwordResets.ipHash, ipHash), gte(passwordResets.createdAt, since))),
  };
}

/** The account a link is good for now, without using it; null when unknown, used or expired. */
export async function findUsableReset({ tokenHash, now }: { tokenHash: string; now: Date }): Promise<{ userId: number } | null> {
  const db = await getDb();
  const [row] = await db
    .select({ userId: passwordResets.userId })
    .from(passwordResets)
    .where(and(eq(passwordResets.tokenHash, tokenHash), isNull(passwordResets.usedAt), gt(passwordResets.expiresAt, now)))
    .limit(1);
  return row ?? null;
}

/**
 * Uses a link: it and every other open link of the same account are spent at once, so the
 * link works once and older ones die with it. Null when unknown, already used or expired.
 */
export async function consumePasswordReset({ tokenHash, now }: { tokenHash: string; now: Date }, tx: Executor): Promise<{ userId: number } | null> {
  const [row] = await tx
    .update(passwordResets)
    .set({ usedAt: now })
    .where(and(eq(passwordResets.tokenHash, tokenHash), isNull(passwordResets.usedAt), gt(passwordResets.expiresAt, now)))
    .returning({ userId: passwordResets.userId });
  if (!row) return null;
  await tx
    .update(passwordResets)
    .set({ usedAt: now })
    .where(and(eq(passwordResets.userId, row.userId), isNull(passwordResets.usedAt)));
  return row;
}
