import 'server-only';
import { eq, sql } from 'drizzle-orm';
import { getDb, type Executor } from '../client';
import { siteSettings } from '../schema/site';

const KEY = 'scheduler_last_check';

/**
 * Runs one scheduler tick for the whole deployment: the tick's row is taken with
 * `FOR UPDATE SKIP LOCKED`, so while one instance works through the window since the last
 * tick, another instance's tick at the same moment skips (returns null) instead of doing the
 * same work. The window's end is saved in the same transaction.
 */
export async function runSchedulerTick<T>(now: Date, initialLastCheck: Date, work: (lastCheck: Date, tx: Executor) => Promise<T>): Promise<T | null> {
  const db = await getDb();
  await db.insert(siteSettings).values({ key: KEY, value: initialLastCheck.toISOString() }).onConflictDoNothing({ target: siteSettings.key });
  return db.transaction(async (tx) => {
    const [row] = await tx.select({ value: siteSettings.value }).from(siteSettings).where(eq(siteSettings.key, KEY)).for('update', { skipLocked: true });
    if (!row) return null;
    const lastCheck = new Date(String(row.value));
    const end = now > lastCheck ? now : lastCheck; // never backwards (clocks of instances differ)
    const result = await work(lastCheck, tx);
    await tx.update(siteSettings).set({ value: sql`${JSON.stringify(end.toISOString())}::jsonb`, updatedAt: new Date() }).where(eq(siteSettings.key, KEY));
    return result;
  });
}
