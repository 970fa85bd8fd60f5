import type { Metadata } from 'next';
import Link from 'next/link';
import { CardTable, NextPageLink } from '@/components/admin/CardTable';
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
      <CardTable
        rows={page.items.length}
        empty={t.none}
        columns={[
          t.colTitle,
          t.colStatus,
          t.colSection,
          t.colAuthors,
          t.colUpdated,
          { key: 'views', className: 'num', label: <abbr title={t.colViewsLong}>{t.colViews}</abbr> },
        ]}
      >
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
      </CardTable>
      <NextPageLink href={page.nextHref} label={messages.admin.next} />
    </>
  );
}
