import 'server-only';
import { and, count, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { getDb, type Executor } from '../client';
import { notifications, type NotificationData, type NotificationKind } from '../schema/notifications';
import { users, type Role } from '../schema/users';

export type Recipient = { id: number; name: string; email: string; emailNotifications: boolean };
const recipientColumns = { id: users.id, name: users.name, email: users.email, emailNotifications: users.emailNotifications };

/** Active staff among `ids`. */
export async function findRecipients({ ids }: { ids: number[] }, tx?: Executor): Promise<Recipient[]> {
  if (ids.length === 0) return [];
  const db = tx ?? (await getDb());
  return db.select(recipientColumns).from(users).where(and(inArray(users.id, ids), eq(users.active, true)));
}

/** Active staff of these roles. */
export async function findRecipientsByRole({ roles }: { roles: readonly Role[] }, tx?: Executor): Promise<Recipient[]> {
  const db = tx ?? (await getDb());
  return db.select(recipientColumns).from(users).where(and(inArray(users.role, [...roles]), eq(users.active, true)));
}

export async function insertNotifications(rows: { userId: number; kind: NotificationKind; articleId: number | null; data: NotificationData }[], tx?: Executor): Promise<void> {
  if (rows.length === 0) return;
  const db = tx ?? (await getDb());
  await db.insert(notifications).values(rows);
}

/** Of `userIds`, those with an unread notification of this kind (so a standing alert is not repeated). */
export async function withUnread({ userIds, kind }: { userIds: number[]; kind: NotificationKind }, tx?: Executor): Promise<Set<number>> {
  if (userIds.length === 0) return new Set();
  const db = tx ?? (await getDb());
  const rows = await db
    .selectDistinct({ userId: notifications.userId })
    .from(notifications)
    .where(and(inArray(notifications.userId, userIds), eq(notifications.kind, kind), isNull(notifications.readAt)));
  return new Set(rows.map((r) => r.userId));
}

export async function countUnread({ userId }: { userId: number }): Promise<number> {
  const db = await getDb();
  const [row] = await db.select({ n: count() }).from(notifications).where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
  return row?.n ?? 0;
}

export type NotificationRow = { id: number; kind: NotificationKind; articleId: number | null; data: NotificationData; createdAt: Date; readAt: Date | null };

export async function listNotifications({ userId, limit }: { userId: number; limit: number }): Promise<NotificationRow[]> {
  const db = await getDb();
  return db
    .select({ id: notifications.id, kind: notifications.kind, articleId: notifications.articleId, data: notifications.data, createdAt: notifications.createdAt, readAt: notifications.readAt })
    .from(notifications)
    .where(eq(notifications.userId, userId))
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(limit);
}

/** Marks this person's notifications up to `upToId` read. */
export async function markRead({ userId, upToId, now }: { userId: number; upToId: number; now: Date }): Promise<void> {
  const db = await getDb();
  await db
    .update(notifications)
    .set({ readAt: now })
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt), sql`${notifications.id} <= ${upToId}`));
}

export async function setEmailNotifications({ userId, on }: { userId: number; on: boolean }): Promise<void> {
  const db = await getDb();
  await db.update(users).set({ emailNotifications: on, updatedAt: new Date() }).where(eq(users.id, userId));
}

export async function getEmailNotifications({ userId }: { userId: number }): Promise<boolean> {
  const db = await getDb();
  const [row] = await db.select({ on: users.emailNotifications }).from(users).where(eq(users.id, userId)).limit(1);
  return row?.on ?? false;
}
