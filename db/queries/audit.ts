import 'server-only';
import { and, desc, eq, lt, sql } from 'drizzle-orm';
import { getDb, type Executor } from '../client';
import { auditLog } from '../schema/site';
import { users } from '../schema/users';

export async function appendAudit(
  entry: { actorId: number | null; action: string; targetType?: string; targetId?: string; data?: Record<string, unknown> },
  tx?: Executor,
): Promise<void> {
  const db = tx ?? (await getDb());
  await db.insert(auditLog).values({
    actorId: entry.actorId,
    action: entry.action,
    targetType: entry.targetType ?? '',
    targetId: entry.targetId ?? '',
    data: entry.data ?? {},
  });
}

export type AuditEntry = { id: number; action: string; targetType: string; targetId: string; data: Record<string, unknown>; createdAt: Date; actorName: string | null };

/** Newest first, `beforeId` for the next page; `action` narrows to one kind (prefix match). */
export async function listAudit({ limit, beforeId, action }: { limit: number; beforeId?: number; action?: string }): Promise<AuditEntry[]> {
  const db = await getDb();
  return db
    .select({
      id: auditLog.id,
      action: auditLog.action,
      targetType: auditLog.targetType,
      targetId: auditLog.targetId,
      data: auditLog.data,
      createdAt: auditLog.createdAt,
      actorName: users.name,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(and(beforeId ? lt(auditLog.id, beforeId) : undefined, action ? sql`${auditLog.action} like ${`${action}%`}` : undefined))
    .orderBy(desc(auditLog.id))
    .limit(limit);
}
