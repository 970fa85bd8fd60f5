import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { TipHandledButton } from '@/components/admin/tips/TipHandledButton';
import { requirePageUser } from '@/lib/auth/session';
import { formatDateTimeLine } from '@/lib/format/dates';
import { messages } from '@/lib/i18n/messages';
import { getTipForStaff } from '@/lib/tips/inbox';

const t = messages.tips.inbox;

export const metadata: Metadata = { title: t.title };

type Props = { params: Promise<{ id: string }> };

/** One tip: who sent it, how to reach them, the message and the photo (served to staff only). */
export default async function TipPage({ params }: Props) {
  const { id } = await params;
  await requirePageUser('tip.manage', `/admin/tips/${id}`);
  const n = Number(id);
  const tip = Number.isInteger(n) && n > 0 && n <= 2_147_483_647 ? await getTipForStaff(n) : null;
  if (!tip) notFound();
  return (
    <>
      <p>
        <Link href={`/admin/tips?trang_thai=${tip.status}`}>{t.backToList}</Link>
      </p>
      <h1>{t.detailTitle(tip.name)}</h1>
      <div className="panel">
        <dl className="tip-facts">
          <dt>{t.received}</dt>
          <dd>
            <time dateTime={tip.createdAt.toISOString()}>{formatDateTimeLine(tip.createdAt)}</time>
          </dd>
          <dt>{t.contact}</dt>
          <dd>{tip.contact.includes('@') ? <a href={`mailto:${tip.contact}`}>{tip.contact}</a> : <a href={`tel:${tip.contact}`}>{tip.contact}</a>}</dd>
          <dt>{t.status}</dt>
          <dd>
            <span className={`badge badge--${tip.status === 'handled' ? 'published' : tip.status === 'spam' ? 'unpublished' : 'review'}`}>{t.tabs[tip.status]}</span>
            {tip.status === 'handled' && tip.handledAt ? ` ${t.handledBy(tip.handledByName ?? '', formatDateTimeLine(tip.handledAt))}` : null}
          </dd>
        </dl>
        {tip.status === 'spam' ? <p className="field-hint">{t.spamNote}</p> : null}
        <p style={{ whiteSpace: 'pre-wrap' }}>{tip.message}</p>
        {tip.photoKey ? (
          <figure style={{ margin: '12px 0' }}>
            {/* Served by an authenticated route, never /media: next/image would fetch it without the session. */}
            {/* eslint-disable-next-line @next/next/no-img-element */}
            <img src={`/api/tips/${tip.id}/photo`} alt={t.photoAlt(tip.name)} style={{ maxWidth: '100%', height: 'auto', borderRadius: 4 }} />
            <figcaption className="field-hint">{t.photo}</figcaption>
          </figure>
        ) : (
          <p className="field-hint">{t.noPhoto}</p>
        )}
        <TipHandledButton id={tip.id} handled={tip.status === 'handled'} />
      </div>
    </>
  );
}
