import 'server-only';
import { and, asc, count, eq, gte, inArray, or, sql, type SQL } from 'drizzle-orm';
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

export type LoginCounts = { pairFailures: number; accountFailures: number; addressFailures: number };

/**
 * Counts recent failures and, unless `refuse` says no, records this attempt as a failure, all
 * under a per-account advisory lock: parallel guesses are counted one after another, so 50 at
 * once cannot each see "fewer than five". Failures before the last success of the same
 * (account, address) pair, or of the account, no longer count against them.
 */
export async function reserveLoginAttempt({
  email,
  ipHash,
  since,
  refuse,
}: {
  email: string;
  ipHash: string;
  since: Date;
  refuse: (counts: LoginCounts) => boolean;
}): Promise<{ counts: LoginCounts; attemptId: number | null }> {
  const db = await getDb();
  const key = email.toLowerCase();
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`login:${key}`}, 0))`);
    const lastSuccess = (where: SQL | undefined) =>
      sql`coalesce((select max(${loginAttempts.createdAt}) from ${loginAttempts} where ${loginAttempts.success} and ${where}), ${since.toISOString()}::timestamptz)`;
    const pairSince = lastSuccess(and(eq(loginAttempts.email, key), eq(loginAttempts.ipHash, ipHash)));
    const accountSince = lastSuccess(eq(loginAttempts.email, key));
    const [row] = await tx
      .select({
        pairFailures: count(sql`case when ${loginAttempts.email} = ${key} and ${loginAttempts.ipHash} = ${ipHash} and ${loginAttempts.createdAt} > ${pairSince} then 1 end`),
        accountFailures: count(sql`case when ${loginAttempts.email} = ${key} and ${loginAttempts.createdAt} > ${accountSince} then 1 end`),
        addressFailures: count(sql`case when ${loginAttempts.ipHash} = ${ipHash} then 1 end`),
      })
      .from(loginAttempts)
      .where(and(eq(loginAttempts.success, false), gte(loginAttempts.createdAt, since), or(eq(loginAttempts.email, key), eq(loginAttempts.ipHash, ipHash))));
    const counts = { pairFailures: row?.pairFailures ?? 0, accountFailures: row?.accountFailures ?? 0, addressFailures: row?.addressFailures ?? 0 };
    if (refuse(counts)) return { counts, attemptId: null };
    const [inserted] = await tx.insert(loginAttempts).values({ email: key, ipHash, success: false }).returning({ id: loginAttempts.id });
    return { counts, attemptId: inserted!.id };
  });
}

/** The attempt reserved as a failure turned out to be the right password. */
export async function markLoginAttemptSucceeded({ id }: { id: number }): Promise<void> {
  const db = await getDb();
  await db.update(loginAttempts).set({ success: true, createdAt: sql`now()` }).where(eq(loginAttempts.id, id));
}
