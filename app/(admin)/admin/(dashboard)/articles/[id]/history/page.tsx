import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { RestoreRevisionButton } from '@/components/admin/RestoreRevisionButton';
import { articleHistory } from '@/lib/articles/history';
import { can } from '@/lib/auth/permissions';
import { requirePageUser } from '@/lib/auth/session';
import { formatDateTimeLine } from '@/lib/format/dates';
import { messages } from '@/lib/i18n/messages';
import { one } from '@/lib/site/query';

export const metadata: Metadata = { title: messages.articles.history.title };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ArticleHistoryPage({ params, searchParams }: Props) {
  const { id } = await params;
  const user = await requirePageUser('article.create', `/admin/articles/${id}/history`);
  const query = await searchParams;
  const chosen = [query.a, query.b].map((v) => Number(one(v))).filter((n) => Number.isInteger(n) && n > 0);
  const pick: [number, number] | null = chosen.length === 2 ? [chosen[0]!, chosen[1]!] : null;
  const history = /^\d{1,9}$/.test(id) ? await articleHistory(user, Number(id), pick) : null;
  if (!history) notFound();
  const t = messages.articles.history;
  const canRestore = can(user.role, 'article.restoreRevision');
  return (
    <>
      <h1>
        {t.title}: <Link href={`/admin/articles/${id}`}>{history.article.title}</Link>
      </h1>
      <form method="get" className="panel">
        <div className="table-wrap">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">A</th>
                <th scope="col">B</th>
                <th scope="col">{t.title}</th>
                <th scope="col" />
              </tr>
            </thead>
            <tbody>
              {history.revisions.map((r, i) => (
                <tr key={r.id}>
                  <td>
                    <input type="radio" name="a" value={r.id} aria-label={`A: ${t.version(r.version)}`} defaultChecked={pick ? pick[0] === r.id : i === 1} />
                  </td>
                  <td>
                    <input type="radio" name="b" value={r.id} aria-label={`B: ${t.version(r.version)}`} defaultChecked={pick ? pick[1] === r.id : i === 0} />
                  </td>
                  <td>
                    <strong>{t.version(r.version)}</strong>
                    <br />
                    {t.by(r.authorName ?? '—', formatDateTimeLine(r.createdAt))}
                  </td>
                  <td>{canRestore && r.version !== history.article.version ? <RestoreRevisionButton articleId={history.article.id} revisionId={r.id} baseVersion={history.article.version} /> : null}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p>
          <button type="submit" className="button">
            {t.compare}
          </button>
        </p>
      </form>
      {history.diff ? (
        <section className="panel" aria-label={t.compare}>
          {history.diff.map((field) => (
            <div key={field.field} className="diff-field">
              <h2>{field.field}</h2>
              {field.changed ? (
                <p className="diff-text">
                  {field.parts.map((p, i) =>
                    p.change === 'added' ? <ins key={i}>{p.text}</ins> : p.change === 'removed' ? <del key={i}>{p.text}</del> : <span key={i}>{p.text}</span>,
                  )}
                </p>
              ) : (
                <p className="field-hint">{t.unchanged}</p>
              )}
            </div>
          ))}
        </section>
      ) : null}
    </>
  );
}
