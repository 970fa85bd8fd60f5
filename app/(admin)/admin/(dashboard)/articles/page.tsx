import type { Metadata } from 'next';
import Link from 'next/link';
import { ArticleFilters } from '@/components/admin/ArticleFilters';
import { listDashboardPage } from '@/lib/articles/dashboard';
import { can } from '@/lib/auth/permissions';
import { requirePageUser } from '@/lib/auth/session';
import { formatDateTimeLine } from '@/lib/format/dates';
import { formatCount } from '@/lib/format/numbers';
import { messages } from '@/lib/i18n/messages';

export const metadata: Metadata = { title: messages.articles.listTitle };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ArticlesPage({ searchParams }: Props) {
  const user = await requirePageUser('article.create', '/admin/articles');
  const params = await searchParams;
  const page = await listDashboardPage(user, params);
  const t = messages.articles;
  return (
    <>
      <div className="button-row" style={{ justifyContent: 'space-between' }}>
        <h1>{t.listTitle}</h1>
        <span className="button-row">
          {can(user.role, 'article.trash') ? (
            <Link href="/admin/articles/trash" className="button">
              {t.trash.title}
            </Link>
          ) : null}
          <Link href="/admin/articles/new" className="button button--primary">
            {t.newTitle}
          </Link>
        </span>
      </div>
      <ArticleFilters sections={page.sections} authors={page.authors} current={page.filter} />
      {page.items.length ? (
        <div className="table-wrap">
          <table className="data-table data-table--cards">
            <thead>
              <tr>
                <th scope="col">{t.colTitle}</th>
                <th scope="col">{t.colStatus}</th>
                <th scope="col">{t.colSection}</th>
                <th scope="col">{t.colAuthors}</th>
                <th scope="col">{t.colUpdated}</th>
                <th scope="col" className="num">
                  <abbr title={t.colViewsLong}>{t.colViews}</abbr>
                </th>
              </tr>
            </thead>
            <tbody>
              {page.items.map((a) => (
                <tr key={a.id}>
                  <td>
                    <Link href={`/admin/articles/${a.id}`}>{a.title}</Link>
                  </td>
                  <td data-label={t.colStatus}>
                    <span className={`badge badge--${a.displayStatus}`}>{t.status[a.displayStatus]}</span>
                  </td>
                  <td data-label={t.colSection}>{a.sectionName}</td>
                  <td data-label={t.colAuthors}>{a.authorNames}</td>
                  <td data-label={t.colUpdated}>{formatDateTimeLine(a.updatedAt)}</td>
                  <td data-label={t.colViewsLong} className="num" data-testid="story-views">
                    <span aria-hidden="true">
                      {formatCount(a.views.today)} / {formatCount(a.views.week)} / <strong>{formatCount(a.views.total)}</strong>
                    </span>
                    <span className="visually-hidden">{t.views.cell(formatCount(a.views.today), formatCount(a.views.week), formatCount(a.views.total))}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="panel">{t.none}</p>
      )}
      {page.nextHref ? (
        <p>
          <Link href={page.nextHref} className="button" rel="next">
            {messages.admin.next}
          </Link>
        </p>
      ) : null}
    </>
  );
}
