import 'server-only';
import { diffWords } from 'diff';
import { getRevisions, listRevisions } from '@/db/queries/articles-admin';
import { listSections } from '@/db/queries/taxonomy';
import type { CurrentUser } from '../auth/session';
import { messages } from '../i18n/messages';
import { findViewableArticle } from './access';
import { docToPlainText } from './rich-text';

export type DiffPart = { text: string; change: 'added' | 'removed' | 'same' };
export type FieldDiff = { field: string; parts: DiffPart[]; changed: boolean };

const FIELD_LABELS: [string, string][] = Object.entries(messages.articles.historyFields);

function asTexts(snapshot: Record<string, unknown>, sectionNames: Map<number, string>): Record<string, string> {
  const str = (v: unknown) => (typeof v === 'string' ? v : '');
  return {
    title: str(snapshot.title),
    sapo: str(snapshot.sapo),
    body: docToPlainText(snapshot.body),
    section: sectionNames.get(Number(snapshot.sectionId)) ?? '',
    tags: Array.isArray(snapshot.tags) ? snapshot.tags.join(', ') : '',
    creditLine: str(snapshot.creditLine),
    slug: str(snapshot.slug),
    seoTitle: str(snapshot.seoTitle),
    seoDescription: str(snapshot.seoDescription),
    status: str(snapshot.status),
  };
}

/** The story's revisions, and if two are chosen, what changed between them, field by field. */
export async function articleHistory(user: CurrentUser, articleId: number, pick: [number, number] | null) {
  const article = await findViewableArticle(user, articleId);
  if (!article) return null;
  const revisions = await listRevisions({ articleId });
  let diff: FieldDiff[] | null = null;
  if (pick) {
    const chosen = await getRevisions({ articleId, ids: pick });
    const older = chosen.find((r) => r.id === pick[0]);
    const newer = chosen.find((r) => r.id === pick[1]);
    if (older && newer) {
      const [a, b] = older.version <= newer.version ? [older, newer] : [newer, older];
      const names = new Map((await listSections()).map((s) => [s.id, s.name]));
      const before = asTexts(a.snapshot, names);
      const after = asTexts(b.snapshot, names);
      diff = FIELD_LABELS.map(([key, label]) => {
        const parts = diffWords(before[key] ?? '', after[key] ?? '').map((p) => ({
          text: p.value,
          change: p.added ? ('added' as const) : p.removed ? ('removed' as const) : ('same' as const),
        }));
        return { field: label, parts, changed: parts.some((p) => p.change !== 'same') };
      });
    }
  }
  return { article: { id: article.id, title: article.title, version: article.version }, revisions, diff };
}
