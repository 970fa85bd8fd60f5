import type { Metadata } from 'next';
import { TrashControls, RestoreFromTrashButton } from '@/components/admin/TrashControls';
import { listTrash } from '@/db/queries/articles-admin';
import { can } from '@/lib/auth/permissions';
import { requirePageUser } from '@/lib/auth/session';
import { formatDateTimeLine } from '@/lib/format/dates';
import { messages } from '@/lib/i18n/messages';

export const metadata: Metadata = { title: messages.articles.trash.title };

export default async function TrashPage() {
  const user = await requirePageUser('article.trash', '/admin/articles/trash');
  const items = await listTrash({ limit: 200 });
  const t = messages.articles;
  return (
    <>
      <h1>{t.trash.title}</h1>
      {can(user.role, 'trash.empty') && items.length ? <TrashControls /> : null}
      {items.length ? (
        <div className="table-wrap">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t.colTitle}</th>
                <th scope="col">{t.colSection}</th>
                <th scope="col">{t.trash.deletedAt}</th>
                <th scope="col" />
              </tr>
            </thead>
            <tbody>
              {items.map((a) => (
                <tr key={a.id}>
                  <td>{a.title}</td>
                  <td>{a.sectionName}</td>
                  <td>{formatDateTimeLine(a.deletedAt)}</td>
                  <td>
                    <RestoreFromTrashButton id={a.id} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="panel">{t.trash.none}</p>
      )}
    </>
  );
}
