import type { Metadata } from 'next';
import Link from 'next/link';
import { CardTable, NextPageLink } from '@/components/admin/CardTable';
import type { TipStatus } from '@/db/schema/pages';
import { requirePageUser } from '@/lib/auth/session';
import { formatDateTimeLine } from '@/lib/format/dates';
import { messages } from '@/lib/i18n/messages';
import { TIP_STATUSES, tipInboxPage } from '@/lib/tips/inbox';

const t = messages.tips.inbox;

export const metadata: Metadata = { title: t.title };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const excerpt = (text: string) => (text.length > 160 ? `${text.slice(0, 160)}…` : text);

/** Readers' tips, newest first, by status. */
export default async function TipsInboxPage({ searchParams }: Props) {
  await requirePageUser('tip.manage', '/admin/tips');
  const query = await searchParams;
  const status: TipStatus = TIP_STATUSES.find((s) => s === query.trang_thai) ?? 'new';
  const cursor = typeof query.sau === 'string' ? query.sau : null;
  const inbox = await tipInboxPage({ status, cursor });
  return (
    <>
      <h1>{t.title}</h1>
      <p className="field-hint">{t.intro}</p>
      <nav aria-label={t.tabsLabel} className="button-row" style={{ marginBottom: 12 }}>
        {TIP_STATUSES.map((s) => (
          <Link key={s} href={`/admin/tips?trang_thai=${s}`} className={`button${s === status ? ' button--primary' : ''}`} aria-current={s === status ? 'page' : undefined}>
            {t.tabs[s]} <span className="badge">{inbox.counts[s]}</span>
          </Link>
        ))}
      </nav>
      <CardTable rows={inbox.items.length} empty={t.none} columns={[t.colSender, t.colMessage, t.colReceived]}>
        {inbox.items.map((tip) => (
          <tr key={tip.id}>
            <td>
              <Link href={`/admin/tips/${tip.id}`}>{tip.name}</Link>
              <div className="field-hint">{tip.contact}</div>
            </td>
            <td data-label={t.colMessage}>
              {excerpt(tip.message)} {tip.hasPhoto ? <span className="badge">{t.hasPhoto}</span> : null}
            </td>
            <td data-label={t.colReceived} style={{ whiteSpace: 'nowrap' }}>
              <time dateTime={tip.createdAt.toISOString()}>{formatDateTimeLine(tip.createdAt)}</time>
            </td>
          </tr>
        ))}
      </CardTable>
      <NextPageLink href={inbox.nextCursor ? `/admin/tips?trang_thai=${status}&sau=${inbox.nextCursor}` : null} label={t.more} />
    </>
  );
}
