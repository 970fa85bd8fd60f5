import type { Metadata } from 'next';
import Link from 'next/link';
import { CardTable } from '@/components/admin/CardTable';
import { PageMoveButtons } from '@/components/admin/pages/PageMoveButtons';
import { requirePageUser } from '@/lib/auth/session';
import { messages } from '@/lib/i18n/messages';
import { listPagesForEditors } from '@/lib/pages/admin';
import { sitePagePath } from '@/lib/site/routes';

const t = messages.pages;

export const metadata: Metadata = { title: t.title };

export default async function PagesListPage() {
  await requirePageUser('page.manage', '/admin/pages');
  const pages = await listPagesForEditors();
  const menu = pages.filter((p) => p.inMenu);
  return (
    <>
      <div className="button-row" style={{ justifyContent: 'space-between' }}>
        <h1>{t.title}</h1>
        <Link href="/admin/pages/new" className="button button--primary">
          {t.newPage}
        </Link>
      </div>
      <p className="field-hint">{t.intro}</p>
      <CardTable rows={pages.length} empty={t.none} columns={[t.columns.title, t.columns.status, t.columns.menu, t.columns.actions]}>
        {pages.map((page) => {
          const at = menu.findIndex((p) => p.id === page.id);
          return (
            <tr key={page.id}>
              <td>
                <Link href={`/admin/pages/${page.id}`}>{page.title}</Link>
                <div className="field-hint">{sitePagePath(page)}</div>
              </td>
              <td data-label={t.columns.status}>
                <span className={`badge badge--${page.published ? 'published' : 'draft'}`}>{page.published ? t.status.published : t.status.draft}</span>
              </td>
              <td data-label={t.columns.menu}>
                {page.inMenu ? (
                  <span className="button-row">
                    {t.inMenuAt(at + 1)}
                    <PageMoveButtons id={page.id} title={page.title} first={at === 0} last={at === menu.length - 1} />
                  </span>
                ) : (
                  t.notInMenu
                )}
              </td>
              <td data-label={t.columns.actions}>
                <span className="button-row">
                  <Link href={`/admin/pages/${page.id}`} className="button">
                    {t.edit}
                  </Link>
                  {page.published ? (
                    <Link href={sitePagePath(page)} className="button">
                      {t.view}
                    </Link>
                  ) : null}
                </span>
              </td>
            </tr>
          );
        })}
      </CardTable>
    </>
  );
}
