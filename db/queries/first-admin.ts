import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import { getDb, type Executor } from '../client';
import { siteSettings } from '../schema/site';
import { users } from '../schema/users';

export const SETUP_STATE_KEY = 'first_admin_setup';
const KEY = SETUP_STATE_KEY;
export type SetupState = { token: string; done: boolean };

export async function hasActiveAdmin(tx?: Executor): Promise<boolean> {
  const db = tx ?? (await getDb());
  const [row] = await db.select({ id: users.id }).from(users).where(and(eq(users.role, 'admin'), eq(users.active, true))).limit(1);
  return Boolean(row);
}

/** The stored setup state; `fresh` is written first if there is none (instances agree on one). */
export async function readOrCreateSetupState(fresh: SetupState): Promise<SetupState> {
  const db = await getDb();
  await db.insert(siteSettings).values({ key: KEY, value: fresh }).onConflictDoNothing({ target: siteSettings.key });
  const [row] = await db.select({ value: siteSettings.value }).from(siteSettings).where(eq(siteSettings.key, KEY));
  return row!.value as SetupState;
}

/** The setup state, its row locked until the transaction ends (two submissions cannot both pass). */
export async function lockSetupState(tx: Executor): Promise<SetupState | null> {
  const [row] = await tx.select({ value: siteSettings.value }).from(siteSettings).where(eq(siteSettings.key, KEY)).for('update');
  return (row?.value as SetupState | undefined) ?? null;
}

export async function closeSetup(tx?: Executor): Promise<void> {
  const db = tx ?? (await getDb());
  await db
    .insert(siteSettings)
    .values({ key: KEY, value: { token: '', done: true } })
    .onConflictDoUpdate({ target: siteSettings.key, set: { value: sql`excluded.value`, updatedAt: new Date() } });
}
