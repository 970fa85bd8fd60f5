import { and, asc, count, desc, eq, ne } from 'drizzle-orm';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { getDb } from '@/db/client';
import { readSetting } from '@/db/queries/settings';
import { auditLog, siteSettings } from '@/db/schema/site';
import { users, type Role } from '@/db/schema/users';
import { changePasswordAction, updateProfileAction } from '@/lib/actions/profile';
import { saveSiteSettingsAction } from '@/lib/actions/settings';
import { changeStaffRoleAction, createStaffAction, resetStaffPasswordAction, setStaffActiveAction } from '@/lib/actions/staff';
import type { ActionResult } from '@/lib/auth/action';
import { hashPassword, verifyPassword } from '@/lib/auth/passwords';
import { PERMISSIONS, type Permission } from '@/lib/auth/permissions';
import { messages } from '@/lib/i18n/messages';
import { defaultSiteSettings } from '@/lib/site/default-settings';
import { SITE_SETTINGS_KEY } from '@/lib/site/settings';
import { parseAuditQuery, readAuditPage, AUDIT_PAGE_SIZE } from '@/lib/staff/audit-view';
import { setStaffActive } from '@/lib/staff/accounts';
import { createOrUpdateStaffAccount } from '@/lib/staff/create-account';
import { signInAs, signOutUser } from '../support/as-user';

// Imported inside the factory: vi.mock is hoisted above the file's imports.
vi.mock('@/lib/auth/session', async () => (await import('../support/as-user')).sessionMock);

const PASSWORD = 'mat-khau-ban-dau-1';
const t = messages.staff;
let serial = 0;

const unique = () => `${++serial}-${Math.random().toString(36).slice(2, 7)}`;

type Member = { id: number; name: string; email: string; role: Role };

/** A staff account of its own for each test: no test depends on another's rows. */
async function makeStaff(role: Role, options: { active?: boolean } = {}): Promise<Member> {
  const db = await getDb();
  const tag = unique();
  const row = { email: `nv-${tag}@toasoan.vn`, name: `Nhân viên ${tag}`, slug: `nhan-vien-${tag}`, role, passwordHash: await hashPassword(PASSWORD), active: options.active ?? true };
  const [inserted] = await db.insert(users).values(row).returning({ id: users.id });
  return { id: inserted!.id, name: row.name, email: row.email, role };
}

async function account(id: number) {
  const db = await getDb();
  const [row] = await db.select().from(users).where(eq(users.id, id));
  return row!;
}

/** Everything a staff, profile or settings action could change. */
async function snapshot() {
  const db = await getDb();
  const [audits] = await db.select({ n: count() }).from(auditLog);
  return {
    people: await db.select().from(users).orderBy(asc(users.id)),
    settings: await db.select().from(siteSettings).orderBy(asc(siteSettings.key)),
    audits: audits!.n,
  };
}

async function lastAudit() {
  const db = await getDb();
  const [row] = await db.select().from(auditLog).orderBy(desc(auditLog.id)).limit(1);
  return row!;
}

const actAs = (member: Member | null) => (member ? signInAs(member) : signOutUser());

type Case = {
  name: string;
  permission: Permission;
  /** Rows the action works on, made fresh for each role that tries it. */
  prepare: (actor: Member) => Promise<Record<string, number>>;
  run: (actor: Member, ids: Record<string, number>) => Promise<ActionResult<unknown>>;
  /** What the allowed run changed. */
  check: (actor: Member, ids: Record<string, number>) => Promise<void>;
};

const CASES: Case[] = [
  {
    name: 'create a staff account',
    permission: 'staff.manage',
    prepare: async () => ({}),
    run: () => createStaffAction({ name: 'Lê Thị Hoa', email: `hoa-${unique()}@toasoan.vn`, role: 'writer', password: PASSWORD }),
    check: async (actor) => {
      const entry = await lastAudit();
      expect(entry).toMatchObject({ action: 'staff.create', actorId: actor.id, targetType: 'user' });
      const created = await account(Number(entry.targetId));
      expect(created).toMatchObject({ name: 'Lê Thị Hoa', role: 'writer', active: true });
      expect(created.slug).toMatch(/^le-thi-hoa(-\d+)?$/);
      expect(await verifyPassword(created.passwordHash, PASSWORD)).toBe(true);
    },
  },
  {
    name: 'change a role',
    permission: 'staff.manage',
    prepare: async () => ({ target: (await makeStaff('writer')).id }),
    run: (_actor, { target }) => changeStaffRoleAction({ id: target!, role: 'editor' }),
    check: async (actor, { target }) => {
      expect((await account(target!)).role).toBe('editor');
      expect(await lastAudit()).toMatchObject({ action: 'staff.role', actorId: actor.id, targetId: String(target), data: { from: 'writer', to: 'editor' } });
    },
  },
  {
    name: 'deactivate an account',
    permission: 'staff.manage',
    prepare: async () => ({ target: (await makeStaff('editor')).id }),
    run: (_actor, { target }) => setStaffActiveAction({ id: target!, active: false }),
    check: async (actor, { target }) => {
      expect(await account(target!)).toMatchObject({ active: false, sessionVersion: 2 });
      expect(await lastAudit()).toMatchObject({ action: 'staff.deactivate', actorId: actor.id, targetId: String(target) });
    },
  },
  {
    name: 'reactivate an account',
    permission: 'staff.manage',
    prepare: async () => ({ target: (await makeStaff('moderator', { active: false })).id }),
    run: (_actor, { target }) => setStaffActiveAction({ id: target!, active: true }),
    check: async (actor, { target }) => {
      expect(await account(target!)).toMatchObject({ active: true, sessionVersion: 1 });
      expect(await lastAudit()).toMatchObject({ action: 'staff.update', actorId: actor.id, data: { active: true } });
    },
  },
  {
    name: 'reset a password',
    permission: 'staff.manage',
    prepare: async () => ({ target: (await makeStaff('writer')).id }),
    run: (_actor, { target }) => resetStaffPasswordAction({ id: target!, password: 'mat-khau-moi-12345' }),
    check: async (actor, { target }) => {
      const row = await account(target!);
      expect(await verifyPassword(row.passwordHash, 'mat-khau-moi-12345')).toBe(true);
      expect(row.sessionVersion).toBe(2);
      expect(await lastAudit()).toMatchObject({ action: 'staff.resetPassword', actorId: actor.id, targetId: String(target) });
    },
  },
  {
    name: 'save the site settings',
    permission: 'settings.manage',
    prepare: async () => ({ phone: serial++ }),
    run: (_actor, { phone }) => saveSiteSettingsAction({ ...defaultSiteSettings, phone: `0211 000 ${phone}` }),
    check: async (actor, { phone }) => {
      expect(await readSetting({ key: SITE_SETTINGS_KEY })).toEqual({ ...defaultSiteSettings, phone: `0211 000 ${phone}` });
      expect(await lastAudit()).toMatchObject({ action: 'settings.save', actorId: actor.id, data: { changed: ['phone'] } });
    },
  },
  {
    name: 'edit one’s own name and bio',
    permission: 'profile.edit',
    prepare: async () => ({}),
    run: () => updateProfileAction({ name: 'Tên Mới Của Tôi', bio: 'Phóng viên mảng kinh tế.' }),
    check: async (actor) => {
      expect(await account(actor.id)).toMatchObject({ name: 'Tên Mới Của Tôi', bio: 'Phóng viên mảng kinh tế.' });
      expect(await lastAudit()).toMatchObject({ action: 'staff.update', actorId: actor.id, targetId: String(actor.id), data: { fields: ['name', 'bio'] } });
    },
  },
  {
    name: 'change one’s own password',
    permission: 'profile.edit',
    prepare: async () => ({}),
    run: () => changePasswordAction({ current: PASSWORD, password: 'mat-khau-rieng-2026', confirm: 'mat-khau-rieng-2026' }),
    check: async (actor) => {
      const row = await account(actor.id);
      expect(await verifyPassword(row.passwordHash, 'mat-khau-rieng-2026')).toBe(true);
      expect(row.sessionVersion).toBe(2);
    },
  },
];

const ROLES: (Role | null)[] = ['writer', 'editor', 'moderator', 'admin', null];

describe('who may manage staff, settings and their own profile', () => {
  for (const action of CASES) {
    for (const role of ROLES) {
      const allowed = role !== null && (PERMISSIONS[action.permission] as readonly Role[]).includes(role);
      it(`${action.name}: ${role ?? 'signed out'} ${allowed ? 'may' : 'may not'}`, async () => {
        // The actor exists even when signed out, so that a profile action has someone to wrongly change.
        const actor = await makeStaff(role ?? 'writer');
        const ids = await action.prepare(actor);
        actAs(role ? actor : null);
        const before = await snapshot();
        const result = await action.run(actor, ids);
        if (allowed) {
          expect(result, JSON.stringify(result)).toMatchObject({ ok: true });
          await action.check(actor, ids);
        } else {
          expect(result).toEqual({ ok: false, error: role ? messages.auth.forbidden : messages.auth.signedOut });
          expect(await snapshot()).toEqual(before);
        }
      });
    }
  }
});

describe('input checks', () => {
  let admin: Member;
  beforeAll(async () => {
    admin = await makeStaff('admin');
  });

  it('refuses a new account field by field, in Vietnamese, and creates nothing', async () => {
    actAs(admin);
    const before = await snapshot();
    const result = await createStaffAction({ name: ' X ', email: 'khong-phai-email', role: 'boss' as Role, password: 'ngan' });
    expect(result).toMatchObject({ ok: false, error: messages.validation.fixFields });
    const fieldErrors = result.ok ? {} : result.fieldErrors;
    expect(fieldErrors).toEqual({
      name: [t.validation.nameShort],
      email: [t.validation.email],
      role: [t.validation.role],
      password: [t.validation.passwordShort],
    });
    expect(await createStaffAction({ name: 'A'.repeat(81), email: 'a@toasoan.vn', role: 'writer', password: PASSWORD })).toMatchObject({
      ok: false,
      fieldErrors: { name: [t.validation.nameLong] },
    });
    expect(await snapshot()).toEqual(before);
  });

  it('refuses an email that already has an account, whatever its letter case', async () => {
    const existing = await makeStaff('writer');
    actAs(admin);
    const before = await snapshot();
    const result = await createStaffAction({ name: 'Trùng Email', email: existing.email.toUpperCase(), role: 'editor', password: PASSWORD });
    expect(result).toMatchObject({ ok: false, fieldErrors: { email: [t.staff.emailTaken] } });
    expect(await snapshot()).toEqual(before);
  });

  it('gives each new account a unique author slug from its Vietnamese name', async () => {
    actAs(admin);
    const first = await createStaffAction({ name: 'Đặng Văn Đức', email: `duc1-${unique()}@toasoan.vn`, role: 'writer', password: PASSWORD });
    const second = await createStaffAction({ name: 'Đặng Văn Đức', email: `duc2-${unique()}@toasoan.vn`, role: 'writer', password: PASSWORD });
    if (!first.ok || !second.ok) throw new Error(JSON.stringify([first, second]));
    expect((await account(first.data.id)).slug).toBe('dang-van-duc');
    expect((await account(second.data.id)).slug).toBe('dang-van-duc-2');
  });

  it('needs the right current password and a matching confirmation; nothing changes otherwise', async () => {
    const me = await makeStaff('writer');
    actAs(me);
    const before = await snapshot();
    expect(await changePasswordAction({ current: 'sai-mat-khau-roi', password: 'mat-khau-moi-2026', confirm: 'mat-khau-moi-2026' })).toMatchObject({
      ok: false,
      fieldErrors: { current: [t.profile.wrongPassword] },
    });
    expect(await changePasswordAction({ current: PASSWORD, password: 'mat-khau-moi-2026', confirm: 'mat-khau-khac-2026' })).toMatchObject({
      ok: false,
      fieldErrors: { confirm: [t.validation.confirmMismatch] },
    });
    expect(await changePasswordAction({ current: PASSWORD, password: 'ngan', confirm: 'ngan' })).toMatchObject({
      ok: false,
      fieldErrors: { password: [t.validation.passwordShort] },
    });
    expect(await updateProfileAction({ name: 'A', bio: 'x'.repeat(1001) })).toMatchObject({
      ok: false,
      fieldErrors: { name: [t.validation.nameShort], bio: [t.validation.bioLong] },
    });
    expect(await snapshot()).toEqual(before);
  });

  it('names the settings field at fault in Vietnamese and saves nothing', async () => {
    actAs(admin);
    const before = await snapshot();
    const result = await saveSiteSettingsAction({ ...defaultSiteSettings, paperName: '   ', phone: '9'.repeat(61) });
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: { paperName: ['Vui lòng nhập tên báo.'], phone: ['Điện thoại dài quá 60 ký tự.'] },
    });
    expect(await snapshot()).toEqual(before);
  });

  it('refuses to act on an account that does not exist', async () => {
    actAs(admin);
    const before = await snapshot();
    expect(await changeStaffRoleAction({ id: 999_999, role: 'editor' })).toEqual({ ok: false, error: t.validation.notFound });
    expect(await setStaffActiveAction({ id: 999_999, active: false })).toEqual({ ok: false, error: t.validation.notFound });
    expect(await resetStaffPasswordAction({ id: 999_999, password: PASSWORD })).toEqual({ ok: false, error: t.validation.notFound });
    expect(await snapshot()).toEqual(before);
  });
});

describe('site settings', () => {
  it('keeps both edits when two admins change different fields of the same form', async () => {
    const [a, b] = [await makeStaff('admin'), await makeStaff('admin')];
    actAs(a);
    await saveSiteSettingsAction({ ...defaultSiteSettings });
    const opened = { ...defaultSiteSettings }; // both open the form now
    expect(await saveSiteSettingsAction({ ...opened, phone: '0211 111 222', baseline: opened })).toMatchObject({ ok: true, data: { changed: ['phone'] } });
    actAs(b);
    expect(await saveSiteSettingsAction({ ...opened, address: 'Số 1 đường Mới', baseline: opened })).toMatchObject({ ok: true, data: { changed: ['address'] } });
    expect(await readSetting({ key: SITE_SETTINGS_KEY })).toEqual({ ...defaultSiteSettings, phone: '0211 111 222', address: 'Số 1 đường Mới' });

    const before = await snapshot();
    expect(await saveSiteSettingsAction({ ...opened, phone: '0211 111 222', address: 'Số 1 đường Mới', baseline: opened })).toMatchObject({ ok: true, data: { changed: [] } });
    expect(await snapshot()).toEqual(before);
  });
});

describe('the newsroom keeps an active admin', () => {
  it('refuses to let the last active admin demote or deactivate themself, and allows it once there is another', async () => {
    const me = await makeStaff('admin');
    const db = await getDb();
    await db.update(users).set({ active: false }).where(and(eq(users.role, 'admin'), ne(users.id, me.id)));
    actAs(me);
    const before = await snapshot();
    expect(await changeStaffRoleAction({ id: me.id, role: 'editor' })).toEqual({ ok: false, error: t.staff.lastAdmin });
    expect(await setStaffActiveAction({ id: me.id, active: false })).toEqual({ ok: false, error: t.staff.lastAdmin });
    expect(await snapshot()).toEqual(before);

    // An inactive admin does not count; an active one does.
    const other = await makeStaff('admin', { active: false });
    expect(await changeStaffRoleAction({ id: me.id, role: 'editor' })).toEqual({ ok: false, error: t.staff.lastAdmin });
    expect(await setStaffActiveAction({ id: other.id, active: true })).toMatchObject({ ok: true });
    expect(await changeStaffRoleAction({ id: me.id, role: 'editor' })).toMatchObject({ ok: true, message: t.staff.roleChanged('Biên tập viên') });
    expect((await account(me.id)).role).toBe('editor');

    // The other admin is now the last one: they cannot step down either.
    actAs(other);
    expect(await setStaffActiveAction({ id: other.id, active: false })).toEqual({ ok: false, error: t.staff.lastAdmin });
    expect(await changeStaffRoleAction({ id: me.id, role: 'admin' })).toMatchObject({ ok: true });
    expect(await setStaffActiveAction({ id: other.id, active: false })).toMatchObject({ ok: true });
  });

  it('lets only one of two admins who deactivate each other at the same moment succeed', async () => {
    const a = await makeStaff('admin');
    const b = await makeStaff('admin');
    const db = await getDb();
    await db.update(users).set({ active: false }).where(and(eq(users.role, 'admin'), ne(users.id, a.id), ne(users.id, b.id)));
    const outcomes = await Promise.all([setStaffActive({ id: b.id, active: false }, a), setStaffActive({ id: a.id, active: false }, b)]);
    expect(outcomes.map((o) => o.ok).sort()).toEqual([false, true]);
    expect(outcomes.find((o) => !o.ok)).toEqual({ ok: false, reason: 'lastAdmin' });
    const active = await db.select({ id: users.id }).from(users).where(and(eq(users.role, 'admin'), eq(users.active, true)));
    expect(active).toHaveLength(1);
  });
});

describe('sessions', () => {
  it('deactivation and password resets bump session_version; reactivation and role changes do not', async () => {
    const admin = await makeStaff('admin');
    const target = await makeStaff('writer');
    actAs(admin);
    await changeStaffRoleAction({ id: target.id, role: 'editor' });
    expect((await account(target.id)).sessionVersion).toBe(1);
    await setStaffActiveAction({ id: target.id, active: false });
    expect(await account(target.id)).toMatchObject({ active: false, sessionVersion: 2 });
    await setStaffActiveAction({ id: target.id, active: true });
    expect(await account(target.id)).toMatchObject({ active: true, sessionVersion: 2 });
    await resetStaffPasswordAction({ id: target.id, password: 'mat-khau-dat-lai-1' });
    expect((await account(target.id)).sessionVersion).toBe(3);
  });
});

describe('user:create', () => {
  it('creates an account with a slug from the name, then updates the one with the same email', async () => {
    const email = `Bien.Tap-${unique()}@ToaSoan.vn`;
    const created = await createOrUpdateStaffAccount({ email, name: 'Phạm Thu Trang', role: 'admin', password: 'mat-khau-quan-tri-1' });
    if (!created.ok) throw new Error(JSON.stringify(created));
    expect(created).toMatchObject({ created: true, email: email.toLowerCase(), role: 'admin' });
    const first = await account(created.id);
    expect(first).toMatchObject({ email: email.toLowerCase(), name: 'Phạm Thu Trang', role: 'admin', active: true });
    expect(first.slug).toMatch(/^pham-thu-trang(-\d+)?$/);
    expect(await verifyPassword(first.passwordHash, 'mat-khau-quan-tri-1')).toBe(true);
    expect(await lastAudit()).toMatchObject({ action: 'staff.create', actorId: null, targetId: String(created.id), data: { via: 'cli', role: 'admin' } });

    const db = await getDb();
    await db.update(users).set({ active: false }).where(eq(users.id, created.id));
    const updated = await createOrUpdateStaffAccount({ email: email.toUpperCase(), name: 'Phạm Thu Trang B', role: 'editor', password: 'mat-khau-quan-tri-2' });
    expect(updated).toMatchObject({ ok: true, created: false, id: created.id });
    const second = await account(created.id);
    expect(second).toMatchObject({ name: 'Phạm Thu Trang B', role: 'editor', active: true, slug: first.slug, sessionVersion: first.sessionVersion + 1 });
    expect(await verifyPassword(second.passwordHash, 'mat-khau-quan-tri-2')).toBe(true);
    expect(await lastAudit()).toMatchObject({ action: 'staff.update', actorId: null, targetId: String(created.id) });
  });

  it('explains each wrong argument in Vietnamese and writes nothing', async () => {
    const before = await snapshot();
    expect(await createOrUpdateStaffAccount({ email: 'a@b', name: 'Q', role: 'chief', password: '123' })).toEqual({
      ok: false,
      fieldErrors: { email: [t.validation.email], name: [t.validation.nameShort], role: [t.validation.role], password: [t.validation.passwordShort] },
    });
    expect(await createOrUpdateStaffAccount({})).toMatchObject({ ok: false, fieldErrors: { email: [t.validation.email], password: [t.validation.passwordShort] } });
    expect(await snapshot()).toEqual(before);
  });
});

describe('the audit log as admins read it', () => {
  it('pages newest first by keyset and filters by kind of action', async () => {
    const admin = await makeStaff('admin');
    const target = await makeStaff('writer');
    actAs(admin);
    for (let i = 0; i < AUDIT_PAGE_SIZE; i++) await setStaffActiveAction({ id: target.id, active: i % 2 === 1 });
    await changeStaffRoleAction({ id: target.id, role: 'moderator' });

    const first = await readAuditPage({});
    expect(first.rows).toHaveLength(AUDIT_PAGE_SIZE);
    expect(first.rows[0]).toMatchObject({ who: admin.name, what: 'Đổi vai trò', target: target.name, targetHref: `/admin/staff/${target.id}`, detail: 'Phóng viên → Kiểm duyệt viên' });
    expect(first.rows[0]!.when).toMatch(/^(Thứ (Hai|Ba|Tư|Năm|Sáu|Bảy)|Chủ Nhật), \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);
    const ids = first.rows.map((r) => r.id);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    expect(first.nextCursor).toBe(String(ids[ids.length - 1]));

    const second = await readAuditPage(parseAuditQuery({ truoc: first.nextCursor! }));
    expect(second.rows.length).toBeGreaterThan(0);
    expect(Math.max(...second.rows.map((r) => r.id))).toBeLessThan(Math.min(...ids));

    const settingsOnly = await readAuditPage(parseAuditQuery({ loai: 'settings' }));
    expect(settingsOnly.rows.length).toBeGreaterThan(0);
    expect(new Set(settingsOnly.rows.map((r) => r.what))).toEqual(new Set(['Lưu cài đặt trang báo']));
  });

  it('ignores unknown filters and cursors in the address', () => {
    expect(parseAuditQuery({ loai: 'staff', truoc: '120' })).toEqual({ kind: 'staff', before: 120 });
    expect(parseAuditQuery({ loai: "x' or 1=1", truoc: '-3' })).toEqual({ kind: undefined, before: undefined });
    expect(parseAuditQuery({ loai: ['staff', 'auth'], truoc: '1e9' })).toEqual({ kind: undefined, before: undefined });
  });
});
