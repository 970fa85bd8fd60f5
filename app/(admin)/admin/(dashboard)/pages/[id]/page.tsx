import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { PageEditor, type EditablePage } from '@/components/admin/pages/PageEditor';
import { requirePageUser } from '@/lib/auth/session';
import { messages } from '@/lib/i18n/messages';
import { getPageForEditing } from '@/lib/pages/admin';
import { sitePagePath } from '@/lib/site/routes';

const t = messages.pages;

export const metadata: Metadata = { title: t.title };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function EditPagePage({ params, searchParams }: Props) {
  const { id } = await params;
  await requirePageUser('page.manage', `/admin/pages/${id}`);
  const page = await getPageForEditing(Number(id));
  if (!page) notFound();
  const created = (await searchParams).moi === '1';
  const editable: EditablePage = {
    id: page.id,
    published: page.published,
    fields: {
      title: page.title,
      slug: page.slug,
      description: page.description,
      body: page.body as EditablePage['fields']['body'],
      topLevel: page.topLevel,
      inMenu: page.inMenu,
      menuPosition: page.menuPosition,
    },
  };
  return (
    <>
      <div className="button-row" style={{ justifyContent: 'space-between' }}>
        <h1>{t.editTitle(page.title)}</h1>
        <span className={`badge badge--${page.published ? 'published' : 'draft'}`}>{page.published ? t.status.published : t.status.draft}</span>
      </div>
      {created ? (
        <p className="form-ok" role="status">
          {t.created}
        </p>
      ) : null}
      {page.published ? (
        <p>
          <Link href={sitePagePath(page)}>{t.view}</Link>
        </p>
      ) : null}
      <PageEditor page={editable} />
    </>
  );
}
