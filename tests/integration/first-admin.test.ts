import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { upsertStaff } from '@/db/queries/seed';
import { users } from '@/db/schema/users';
import { createFirstAdmin } from '@/lib/auth/first-admin';
import { isSetupToken, openSetupToken } from '@/lib/auth/first-admin-link';
import { migrate } from '@/db/migrate';

const admin = { email: 'tongbientap@first.vn', name: 'Tổng Biên Tập', password: 'mot-mat-khau-dai' };

describe('first admin setup link', () => {
  it('opens one token while no admin exists, creates one admin with it, then stays closed for ever', async () => {
    await upsertStaff([{ email: 'writer@first.vn', name: 'Phóng viên', slug: 'first-writer', role: 'writer' }]);
    const token = await openSetupToken();
    expect(token).toMatch(/^[\w-]{32}$/);
    expect(await openSetupToken()).toBe(token); // every instance prints the same link
    expect(await isSetupToken(token!)).toBe(true);
    expect(await isSetupToken('x'.repeat(32))).toBe(false);
    expect(await isSetupToken('')).toBe(false);

    expect(await createFirstAdmin('wrong-token-wrong-token-wrong-tok', admin)).toBe(false);
    expect(await createFirstAdmin(token!, admin)).toBe(true);
    const db = await getDb();
    const [row] = await db.select().from(users).where(eq(users.email, admin.email));
    expect(row).toMatchObject({ role: 'admin', active: true });

    expect(await isSetupToken(token!)).toBe(false);
    expect(await createFirstAdmin(token!, { ...admin, email: 'second@first.vn' })).toBe(false);
    // Even with no active admin left, the used link never reopens.
    await db.update(users).set({ active: false }).where(eq(users.email, admin.email));
    expect(await isSetupToken(token!)).toBe(false);
    expect(await openSetupToken()).toBeNull();
  });

  it('migrating again, even from several callers at once, is harmless', async () => {
    await Promise.all([migrate(), migrate(), migrate()]);
  });
});
