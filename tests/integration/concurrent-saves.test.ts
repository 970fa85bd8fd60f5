import { beforeAll, describe, expect, it, vi } from 'vitest';
import { upsertSections, upsertStaff } from '@/db/queries/seed';
import { getArticleForEdit } from '@/db/queries/articles-admin';
import { createArticleAction, saveArticleAction } from '@/lib/actions/articles';
import { docToPlainText, paragraphsToDoc } from '@/lib/articles/rich-text';
import type { ArticleFields } from '@/lib/validation/article';
import { signInAs } from '../support/as-user';
import { storyFields } from '../support/stories';

vi.mock('@/lib/auth/session', async () => (await import('../support/as-user')).sessionMock);

type Person = { id: number; name: string; email: string; role: 'editor' };
const editors: Person[] = [];
let sectionId = 0;

beforeAll(async () => {
  sectionId = (await upsertSections([{ slug: 'dong-thoi', name: 'Đồng thời', description: '', position: 0 }])).get('dong-thoi')!;
  const ids = await upsertStaff(['a', 'b'].map((k) => ({ email: `bt-${k}@dongthoi.vn`, name: `Biên tập ${k}`, slug: `bt-${k}-dongthoi`, role: 'editor' as const })));
  for (const k of ['a', 'b']) editors.push({ id: ids.get(`bt-${k}@dongthoi.vn`)!, name: `Biên tập ${k}`, email: `bt-${k}@dongthoi.vn`, role: 'editor' });
});

const fieldsWith = (text: string): ArticleFields => storyFields(sectionId, { title: 'Tin hai người sửa', sapo: '', body: paragraphsToDoc([text]) as ArticleFields['body'] });

describe('two editors saving one story in turns', () => {
  it('500 saves: each persists or is refused as a conflict with the text handed back; no word is lost', { timeout: 600_000 }, async () => {
    signInAs(editors[0]!);
    const created = await createArticleAction(fieldsWith('khởi'));
    if (!created.ok) throw new Error(created.error);
    const id = (created.data as { id: number }).id;
    // What each editor has on screen: the version and text they last saw.
    const screens = editors.map(() => ({ version: (created.data as { version: number }).version, text: 'khởi' }));
    const persisted: string[] = [];
    let conflicts = 0;
    for (let save = 0; save < 500; save++) {
      const who = save % 2;
      const screen = screens[who]!;
      const word = `t${who}x${save}`;
      signInAs(editors[who]!);
      const result = await saveArticleAction({ id, baseVersion: screen.version, fields: fieldsWith(`${screen.text} ${word}`) });
      if (result.ok) {
        const data = result.data as { version: number };
        persisted.push(word);
        screen.version = data.version;
        screen.text = `${screen.text} ${word}`;
        continue;
      }
      // Refused: the current text comes back, and the editor's word is re-applied on top of it.
      const current = (result as { data?: { current?: { version: number; body: unknown } } }).data?.current;
      expect(current, `save ${save} was refused without the current text: ${result.error}`).toBeDefined();
      conflicts++;
      screen.version = current!.version;
      screen.text = docToPlainText(current!.body);
      const retry = await saveArticleAction({ id, baseVersion: screen.version, fields: fieldsWith(`${screen.text} ${word}`) });
      expect(retry.ok).toBe(true);
      persisted.push(word);
      screen.version = (retry as { data: { version: number } }).data.version;
      screen.text = `${screen.text} ${word}`;
    }
    expect(conflicts).toBeGreaterThan(0);
    const stored = docToPlainText((await getArticleForEdit({ id }))!.body);
    const words = new Set(stored.split(/\s+/));
    expect(persisted.filter((w) => !words.has(w))).toEqual([]);
    expect(persisted).toHaveLength(500);
  });
});
