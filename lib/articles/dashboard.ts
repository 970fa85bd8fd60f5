import 'server-only';
import { listDashboardArticles, type DashboardFilter } from '@/db/queries/articles-admin';
import { listSections } from '@/db/queries/taxonomy';
import { listStaff } from '@/db/queries/users';
import { can } from '../auth/permissions';
import type { CurrentUser } from '../auth/session';
import { decodeCursor, encodeCursor } from '../site/cursor';
import { one, param } from '../site/query';
import { getViewCounts } from '../views/most-read';
import { DISPLAY_STATUSES, displayStatus } from './visibility';

const PAGE = 30;
const NO_VIEWS = { today: 0, week: 0, total: 0 };

/** The dashboard's story list for this person and these query parameters. */
export async function listDashboardPage(user: CurrentUser, params: Record<string, string | string[] | undefined>) {
  const status = DISPLAY_STATUSES.find((s) => s === param(params, 'trang-thai'));
  const sectionId = Number(param(params, 'chuyen-muc')) || undefined;
  const authorId = Number(param(params, 'tac-gia')) || undefined;
  const q = one(params.q)?.trim().slice(0, 200) || undefined;
  const filter: DashboardFilter = { status, sectionId, authorId, q };
  // Writers see the stories they wrote; editors and admins see every story.
  if (!can(user.role, 'article.editAny')) filter.onlyOwnBy = user.id;
  const after = decodeCursor(one(params.sau), 'at-id');
  const cursor = after ? { updatedAt: after.at, id: after.id } : undefined;
  const [rows, sections, staff] = await Promise.all([listDashboardArticles({ filter, limit: PAGE + 1, cursor }), listSections(), listStaff()]);
  const page = rows.slice(0, PAGE);
  const views = await getViewCounts(page.map((row) => row.id));
  const items = page.map((row) => ({
    ...row,
    displayStatus: displayStatus(row),
    views: views.get(row.id) ?? NO_VIEWS,
  }));
  const last = items[items.length - 1];
  let nextHref: string | null = null;
  if (rows.length > PAGE && last) {
    const next = new URLSearchParams();
    if (status) next.set('trang-thai', status);
    if (sectionId) next.set('chuyen-muc', String(sectionId));
    if (authorId) next.set('tac-gia', String(authorId));
    if (q) next.set('q', q);
    next.set('sau', encodeCursor({ at: last.updatedAt, id: last.id }));
    nextHref = `/admin/articles?${next.toString()}`;
  }
  return {
    items,
    nextHref,
    filter: { status: status ?? '', sectionId: sectionId ?? ('' as const), authorId: authorId ?? ('' as const), q: q ?? '' },
    sections: sections.map((s) => ({ id: s.id, name: s.name })),
    authors: staff.filter((s) => s.role !== 'moderator').map((s) => ({ id: s.id, name: s.name })),
  };
}
