import 'server-only';
import { and, count, eq, gt, isNotNull, isNull, lt, sql } from 'drizzle-orm';
import { getDb, type Executor } from '../client';
import { recoveryCodes, twoStep, twoStepAttempts } from '../schema/auth';

/* Two-step sign-in: the secret, the last accepted step, recovery codes and throttled attempts. */

export type TwoStepRow = { secret: string; enabledAt: Date | null; lastStep: number };

export async function findTwoStep({ userId }: { userId: number }, tx?: Executor): Promise<TwoStepRow | null> {
  const db = tx ?? (await getDb());
  const [row] = await db.select({ secret: twoStep.secret, enabledAt: twoStep.enabledAt, lastStep: twoStep.lastStep }).from(twoStep).where(eq(twoStep.userId, userId)).limit(1);
  return row ?? null;
}

/** Whether the person has two-step on (a setup in progress does not count). */
export async function twoStepEnabled({ userId }: { userId: number }): Promise<boolean> {
  const db = await getDb();
  const [row] = await db.select({ userId: twoStep.userId }).from(twoStep).where(and(eq(twoStep.userId, userId), isNotNull(twoStep.enabledAt))).limit(1);
  return Boolean(row);
}

/** The ids of everyone with two-step on (the staff list). */
export async function listTwoStepUserIds(): Promise<Set<number>> {
  const db = await getDb();
  const rows = await db.select({ userId: twoStep.userId }).from(twoStep).where(isNotNull(twoStep.enabledAt));
  return new Set(rows.map((r) => r.userId));
}

/** A new secret to confirm; never replaces one that is already on. False when two-step is on. */
export async function saveSetupSecret({ userId, secret }: { userId: number; secret: string }): Promise<boolean> {
  const db = await getDb();
  const rows = await db
    .insert(twoStep)
    .values({ userId, secret })
    .onConflictDoUpdate({ target: twoStep.userId, set: { secret, lastStep: 0, createdAt: new Date() }, setWhere: isNull(twoStep.enabledAt) })
    .returning({ userId: twoStep.userId });
  return rows.length > 0;
}

/**
 * Accepts a code's time step: only one later than the last accepted one, atomically, so two
 * requests with the same code cannot both pass.
 */
export async function acceptStep({ userId, step }: { userId: number; step: number }, tx: Executor): Promise<boolean> {
  const rows = await tx
    .update(twoStep)
    .set({ lastStep: step })
    .where(and(eq(twoStep.userId, userId), lt(twoStep.lastStep, step)))
    .returning({ userId: twoStep.userId });
  return rows.length > 0;
}

/** Turns the setup on and replaces the recovery codes. */
export async function enableTwoStep({ userId, codeHashes }: { userId: number; codeHashes: string[] }, tx: Executor): Promise<void> {
  await tx.update(twoStep).set({ enabledAt: new Date() }).where(eq(twoStep.userId, userId));
  await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
  await tx.insert(recoveryCodes).values(codeHashes.map((codeHash) => ({ userId, codeHash })));
}

/** Spends a recovery code; false when it is unknown or already used. */
export async function spendRecoveryCode({ userId, codeHash }: { userId: number; codeHash: string }, tx: Executor): Promise<boolean> {
  const rows = await tx
    .update(recoveryCodes)
    .set({ usedAt: new Date() })
    .where(and(eq(recoveryCodes.userId, userId), eq(recoveryCodes.codeHash, codeHash), isNull(recoveryCodes.usedAt)))
    .returning({ id: recoveryCodes.id });
  return rows.length > 0;
}

export async function countRecoveryCodesLeft({ userId }: { userId: number }): Promise<number> {
  const db = await getDb();
  const [row] = await db.select({ n: count() }).from(recoveryCodes).where(and(eq(recoveryCodes.userId, userId), isNull(recoveryCodes.usedAt)));
  return row?.n ?? 0;
}

/** Two-step off: the secret and the recovery codes go. Returns whether it was on. */
export async function deleteTwoStep({ userId }: { userId: number }, tx: Executor): Promise<boolean> {
  const rows = await tx.delete(twoStep).where(eq(twoStep.userId, userId)).returning({ enabledAt: twoStep.enabledAt });
  await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
  return rows.some((r) => r.enabledAt !== null);
}

/**
 * Counts the person's wrong codes since `since` (and since their last right one) and, unless
 * there are `max` already, records this attempt as wrong; under a per-person lock, so parallel
 * guesses are counted one after another. Null when refused.
 */
export async function reserveTwoStepAttempt({ userId, since, max }: { userId: number; since: Date; max: number }): Promise<number | null> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`two-step:${userId}`}, 0))`);
    const lastSuccess = sql`coalesce((select max(${twoStepAttempts.createdAt}) from ${twoStepAttempts} where ${twoStepAttempts.success} and ${twoStepAttempts.userId} = ${userId}), ${since.toISOString()}::timestamptz)`;
    const [row] = await tx
      .select({ failures: count() })
      .from(twoStepAttempts)
      .where(and(eq(twoStepAttempts.userId, userId), eq(twoStepAttempts.success, false), gt(twoStepAttempts.createdAt, since), sql`${twoStepAttempts.createdAt} > ${lastSuccess}`));
    if ((row?.failures ?? 0) >= max) return null;
    const [inserted] = await tx.insert(twoStepAttempts).values({ userId, success: false }).returning({ id: twoStepAttempts.id });
    return inserted!.id;
  });
}

/** The attempt reserved as wrong turned out right. */
export async function markTwoStepAttemptSucceeded({ id }: { id: number }): Promise<void> {
  const db = await getDb();
  await db.update(twoStepAttempts).set({ success: true, createdAt: sql`now()` }).where(eq(twoStepAttempts.id, id));
}
