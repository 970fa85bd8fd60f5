import fs from 'node:fs';
import path from 'node:path';
import { count } from 'drizzle-orm';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { getDb } from '@/db/client';
import { upsertSections, upsertStaff } from '@/db/queries/seed';
import { articles } from '@/db/schema/articles';
import { comments } from '@/db/schema/comments';
import { media } from '@/db/schema/media';
import { auditLog, siteSettings } from '@/db/schema/site';
import { users, type Role } from '@/db/schema/users';
import { autosaveArticleAction, createArticleAction, editorPresenceAction, saveArticleAction, submitArticleAction } from '@/lib/actions/articles';
import { paragraphsToDoc } from '@/lib/articles/rich-text';
import { can, PERMISSIONS, type Permission } from '@/lib/auth/permissions';
import { messages } from '@/lib/i18n/messages';
import type { ArticleFields } from '@/lib/validation/article';
import { signInAs } from '../support/as-user';
import { storyFields } from '../support/stories';

vi.mock('@/lib/auth/session', async () => (await import('../support/as-user')).sessionMock);

/*
 * Every server action × every role (and signed out), compared with the permission table. The
 * action's permission is read from its source (`guardedAction('<permission>', …)`), so a new
 * action joins the fuzz by existing; one that skips guardedAction fails the first test.
 */
const ACTIONS_DIR = path.join(process.cwd(), 'lib/actions');
type Action = { file: string; name: string; permission: Permission; run: (input: unknown) => Promise<{ ok: boolean; error?: string }> };
const actions: Action[] = [];
const ROLES: (Role | null)[] = ['writer', 'editor', 'moderator', 'admin', null];
const people = {} as Record<Role | 'colleague', { id: number; name: string; email: string; role: Role }>;
let sectionId = 0;

beforeAll(async () => {
  for (const file of fs.readdirSync(ACTIONS_DIR).filter((f) => f.endsWith('.ts'))) {
    const source = fs.readFileSync(path.join(ACTIONS_DIR, file), 'utf8');
    const loaded = (await import(`@/lib/actions/${file.replace(/\.ts$/, '')}`)) as Record<string, unknown>;
    const exported = [...source.matchAll(/export const (\w+)\s*=/g)].map((m) => m[1]!);
    const guarded = new Map([...source.matchAll(/export const (\w+)\s*=\s*guardedAction\(\s*'([\w.]+)'/g)].map((m) => [m[1]!, m[2] as Permission]));
    for (const name of exported) {
      expect(guarded.has(name), `${file}: ${name} must be a guardedAction`).toBe(true);
      expect(Object.keys(PERMISSIONS)).toContain(guarded.get(name));
      actions.push({ file, name, permission: guarded.get(name)!, run: loaded[name] as Action['run'] });
    }
  }
  sectionId = (await upsertSections([{ slug: 'fuzz', name: 'Fuzz', description: '', position: 0 }])).get('fuzz')!;
  const list = [...(['writer', 'editor', 'moderator', 'admin'] as const).map((r) => [r, r] as const), ['colleague', 'writer'] as const];
  const ids = await upsertStaff(list.map(([key, role]) => ({ email: `${key}@fuzz.vn`, name: `Fuzz ${key}`, slug: `fuzz-${key}`, role })));
  for (const [key, role] of list) people[key] = { id: ids.get(`${key}@fuzz.vn`)!, name: `Fuzz ${key}`, email: `${key}@fuzz.vn`, role };
});

async function snapshot() {
  const db = await getDb();
  const n = async (table: typeof articles | typeof comments | typeof media | typeof auditLog | typeof users | typeof siteSettings) => (await db.select({ n: count() }).from(table))[0]!.n;
  return { articles: await n(articles), comments: await n(comments), media: await n(media), audit: await n(auditLog), users: await n(users), settings: await n(siteSettings) };
}

// Inputs that pass no schema: a refusal must come from the session or the role before parsing.
const HOSTILE_INPUTS: unknown[] = [{}, { id: 1 }, { id: -1, ids: [1e308] }, { __proto__: { admin: true } }, { id: '1; drop table users' }];

describe('permission fuzz: every server action × every role', () => {
  it('found the actions', () => {
    expect(actions.length).toBeGreaterThanOrEqual(30);
  });

  for (const role of ROLES) {
    it(`${role ?? 'signed out'}: refused exactly where the table says, and a refusal changes nothing`, async () => {
      const refused = actions.filter((a) => !role || !can(role, a.permission));
      const allowed = actions.filter((a) => role && can(role, a.permission));
      const before = await snapshot();
      for (const action of refused) {
        for (const input of HOSTILE_INPUTS) {
          signInAs(role ? people[role] : null);
          const result = await action.run(input);
          const label = `${action.file}:${action.name} (${action.permission}) as ${role ?? 'signed out'}`;
          expect(result, label).toEqual({ ok: false, error: role ? messages.auth.forbidden : messages.auth.signedOut, fieldErrors: undefined, data: undefined });
        }
      }
      expect(await snapshot()).toEqual(before);
      // Allowed: the guard lets the call through to validation and the domain rules, which answer
      // in words of their own; a crash (the guard's catch-all "unexpected" answer) is a failure too.
      for (const action of allowed) {
        signInAs(people[role!]);
        const result = await action.run({ id: 2_000_000_000 });
        const label = `${action.file}:${action.name} as ${role}`;
        expect([messages.auth.signedOut, messages.auth.forbidden, messages.validation.unexpected], label).not.toContain(result.error);
      }
    });
  }
});

describe("permission fuzz: own and colleague's stories", () => {
  const fields = (): ArticleFields => storyFields(sectionId, { title: `Tin fuzz ${Math.random().toString(36).slice(2, 7)}`, sapo: '', body: paragraphsToDoc(['Nội dung.']) as ArticleFields['body'] });

  it("a writer changes and opens only their own drafts; editors and admins any", async () => {
    signInAs(people.colleague);
    const created = await createArticleAction(fields());
    if (!created.ok) throw new Error(created.error);
    const { id, version } = created.data as { id: number; version: number };
    const tryAll = async () => ({
      save: (await saveArticleAction({ id, baseVersion: version, fields: fields() })).ok,
      autosave: (await autosaveArticleAction({ id, baseVersion: version, fields: { title: 'x' } })).ok,
      submit: (await submitArticleAction({ id, baseVersion: version, fields: fields() })).ok,
      presence: (await editorPresenceAction({ id })).ok,
    });
    signInAs(people.writer);
    expect(await tryAll()).toEqual({ save: false, autosave: false, submit: false, presence: false });
    signInAs(people.moderator);
    expect(await tryAll()).toEqual({ save: false, autosave: false, submit: false, presence: false });
    signInAs(people.colleague);
    expect((await editorPresenceAction({ id })).ok).toBe(true);
    expect((await autosaveArticleAction({ id, baseVersion: version, fields: { title: 'x' } })).ok).toBe(true);
    for (const who of [people.editor, people.admin]) {
      signInAs(who);
      expect((await editorPresenceAction({ id })).ok).toBe(true);
      expect((await autosaveArticleAction({ id, baseVersion: version, fields: { title: 'x' } })).ok).toBe(true);
    }
  });
});
