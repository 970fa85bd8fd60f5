import 'server-only';
import { and, asc, count, eq, gte, inArray, or, sql } from 'drizzle-orm';
import { getDb, type Executor } from '../client';
import { loginAttempts } from '../schema/auth';
import { users, type Role } from '../schema/users';

export type StaffMember = { id: number; email: string; name: string; slug: string; role: Role; active: boolean; sessionVersion: number; bio: string };

const staffColumns = {
  id: users.id,
  email: users.email,
  name: users.name,
  slug: users.slug,
  role: users.role,
  active: users.active,
  sessionVersion: users.sessionVersion,
  bio: users.bio,
};

export async function findStaffById({ id }: { id: number }): Promise<StaffMember | null> {
  const db = await getDb();
  const [row] = await db.select(staffColumns).from(users).where(eq(users.id, id)).limit(1);
  return row ?? null;
}

export async function findStaffForSignIn({ email }: { email: string }) {
  const db = await getDb();
  const [row] = await db
    .select({ ...staffColumns, passwordHash: users.passwordHash })
    .from(users)
    .where(eq(sql`lower(${users.email})`, email.toLowerCase()))
    .limit(1);
  return row ?? null;
}

export async function listStaff(): Promise<StaffMember[]> {
  const db = await getDb();
  return db.select(staffColumns).from(users).orderBy(asc(users.name));
}

export async function slugTaken({ slug, exceptId }: { slug: string; exceptId?: number }): Promise<boolean> {
  const db = await getDb();
  const [row] = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.slug, slug), exceptId ? sql`${users.id} <> ${exceptId}` : undefined))
    .limit(1);
  return Boolean(row);
}

/** Creates the account, or updates name, role and password of the one with this email. */
export async function upsertStaffAccount(
  input: { email: string; name: string; slug: string; role: Role; passwordHash: string },
  tx?: Executor,
): Promise<{ id: number; created: boolean }> {
  const db = tx ?? (await getDb());
  const existing = await db.select({ id: users.id }).from(users).where(eq(sql`lower(${users.email})`, input.email.toLowerCase())).limit(1);
  if (existing[0]) {
    await db
      .update(users)
      .set({ name: input.name, role: input.role, passwordHash: input.passwordHash, active: true, updatedAt: new Date(), sessionVersion: sql`${users.sessionVersion} + 1` })
      .where(eq(users.id, existing[0].id));
    return { id: existing[0].id, created: false };
  }
  const [row] = await db.insert(users).values({ ...input, email: input.email.toLowerCase() }).returning({ id: users.id });
  return { id: row!.id, created: true };
}

export async function updateStaff(
  { id, ...changes }: { id: number; name?: string; role?: Role; active?: boolean; passwordHash?: string; bio?: string; endSessions?: boolean },
  tx?: Executor,
): Promise<void> {
  const db = tx ?? (await getDb());
  const { endSessions, ...columns } = changes;
  await db
    .update(users)
    .set({ ...columns, updatedAt: new Date(), ...(endSessions ? { sessionVersion: sql`${users.sessionVersion} + 1` } : {}) })
    .where(eq(users.id, id));
}

/** A new account; `null` when the email already has one (any letter case). */
export async function insertStaffAccount(
  input: { email: string; name: string; slug: string; role: Role; passwordHash: string },
  tx?: Executor,
): Promise<{ id: number } | null> {
  const db = tx ?? (await getDb());
  const [existing] = await db.select({ id: users.id }).from(users).where(eq(sql`lower(${users.email})`, input.email.toLowerCase())).limit(1);
  if (existing) return null;
  const [row] = await db
    .insert(users)
    .values({ ...input, email: input.email.toLowerCase() })
    .onConflictDoNothing({ target: users.email })
    .returning({ id: users.id });
  return row ?? null;
}

/** One account, its row locked until the transaction ends. */
export async function lockStaff({ id }: { id: number }, tx: Executor): Promise<StaffMember | null> {
  const [row] = await tx.select(staffColumns).from(users).where(eq(users.id, id)).limit(1).for('update');
  return row ?? null;
}

/** Ids of the active admins, their rows locked so that two admins cannot both step down at once. */
export async function lockActiveAdmins(tx: Executor): Promise<number[]> {
  const rows = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.role, 'admin'), eq(users.active, true)))
    .orderBy(asc(users.id))
    .for('update');
  return rows.map((row) => row.id);
}

export async function findPasswordHash({ id }: { id: number }, tx?: Executor): Promise<string | null> {
  const db = tx ?? (await getDb());
  const [row] = await db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, id)).limit(1);
  return row?.passwordHash ?? null;
}

/** Names of these accounts, for labelling audit entries. */
export async function findStaffNames({ ids }: { ids: number[] }): Promise<Map<number, string>> {
  if (!ids.length) return new Map();
  const db = await getDb();
  const rows = await db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, ids));
  return new Map(rows.map((row) => [row.id, row.name]));
}

export async function recordLoginAttempt(entry: { email: string; ipHash: string; success: boolean }): Promise<void> {
  const db = await getDb();
  await db.insert(loginAttempts).values({ ...entry, email: entry.email.toLowerCase() });
}

/** Failed attempts since `since` for this account or this address, whichever is higher. */
export async function countRecentFailures({ email, ipHash, since }: { email: string; ipHash: string; since: Date }): Promise<number> {
  const db = await getDb();
  const [row] = await db
    .select({
      byEmail: count(sql`case when ${loginAttempts.email} = ${email.toLowerCase()} then 1 end`),
      byIp: count(sql`case when ${loginAttempts.ipHash} = ${ipHash} then 1 end`),
    })
    .from(loginAttempts)
    .where(
      and(
        eq(loginAttempts.success, false),
        gte(loginAttempts.createdAt, since),
        or(eq(loginAttempts.email, email.toLowerCase()), eq(loginAttempts.ipHash, ipHash)),
      ),
    );
  return Math.max(row?.byEmail ?? 0, row?.byIp ?? 0);
}
