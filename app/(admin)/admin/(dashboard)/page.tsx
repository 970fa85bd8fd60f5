import Link from 'next/link';
import { Notice } from '@/components/admin/forms/FormFeedback';
import { requirePageUser } from '@/lib/auth/session';
import { can } from '@/lib/auth/permissions';
import { messages } from '@/lib/i18n/messages';

type Props = { searchParams: Promise<Record<string, string | undefined>> };

export default async function DashboardHome({ searchParams }: Props) {
  const user = await requirePageUser();
  const forbidden = (await searchParams)['khong-du-quyen'] !== undefined;
  const t = messages.admin;
  return (
    <>
      <h1>{t.nav.overview}</h1>
      {forbidden ? <Notice kind="error" text={t.forbiddenNotice} /> : null}
      <div className="panel button-row">
        {can(user.role, 'article.create') ? (
          <>
            <Link href="/admin/articles/new" className="button button--primary">
              {t.nav.newArticle}
            </Link>
            <Link href="/admin/articles" className="button">
              {t.nav.articles}
            </Link>
          </>
        ) : null}
        {can(user.role, 'comment.moderate') ? (
          <Link href="/admin/comments" className="button">
            {t.nav.comments}
          </Link>
        ) : null}
      </div>
    </>
  );
}
