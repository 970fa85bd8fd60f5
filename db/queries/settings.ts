import 'server-only';
import { eq } from 'drizzle-orm';
import { getDb, type Executor } from '../client';
import { siteSettings } from '../schema/site';

export async function readSetting({ key }: { key: string }): Promise<unknown> {
  const db = await getDb();
  const [row] = await db.select({ value: siteSettings.value }).from(siteSettings).where(eq(siteSettings.key, key)).limit(1);
  return row?.value;
}

export async function writeSetting({ key, value, tx }: { key: string; value: unknown; tx?: Executor }): Promise<void> {
  const db = tx ?? (await getDb());
  await db
    .insert(siteSettings)
    .values({ key, value, updatedAt: new Date() })
    .onConflictDoUpdate({ target: siteSettings.key, set: { value, updatedAt: new Date() } });
}

export async function deleteSetting({ key, tx }: { key: string; tx?: Executor }): Promise<void> {
  const db = tx ?? (await getDb());
  await db.delete(siteSettings).where(eq(siteSettings.key, key));
}
