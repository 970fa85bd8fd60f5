import type { Metadata } from 'next';
import { FeedSettingsForm } from '@/components/admin/feeds/FeedSettingsForm';
import { BreakingForm } from '@/components/admin/taxonomy/BreakingForm';
import { HomeSlot } from '@/components/admin/taxonomy/HomeSlot';
import { requirePageUser } from '@/lib/auth/session';
import { formatDateTimeLine } from '@/lib/format/dates';
import { toVietnamLocal } from '@/lib/articles/visibility';
import { getFeedSettings } from '@/lib/feeds/settings';
import { getBreaking } from '@/lib/curation/breaking';
import { getHomeSlots } from '@/lib/curation/slots';
import { messages } from '@/lib/i18n/messages';

export const metadata: Metadata = { title: messages.taxonomy.home.title };

export default async function HomeCurationPage() {
  await requirePageUser('home.curate', '/admin/home');
  const now = new Date();
  const [slots, breaking, feedSettings] = await Promise.all([getHomeSlots(now), getBreaking(), getFeedSettings()]);
  const t = messages.taxonomy.home;
  const expires = breaking ? new Date(breaking.expiresAt) : null;
  const current =
    breaking && expires
      ? {
          text: breaking.text,
          href: breaking.href,
          expiresLocal: toVietnamLocal(expires),
          status: expires > now ? t.breakingCurrent(formatDateTimeLine(expires)) : t.breakingExpired(formatDateTimeLine(expires)),
        }
      : null;
  return (
    <>
      <h1>{t.title}</h1>
      <section className="panel" aria-labelledby="slots-title">
        <h2 id="slots-title">{t.slotsTitle}</h2>
        <p className="field-hint">{t.slotsIntro}</p>
        <ol className="home-slots" style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 10 }}>
          {slots.map((slot) => (
            <HomeSlot key={`${slot.position}-${slot.story?.id ?? 0}`} position={slot.position} story={slot.story} />
          ))}
        </ol>
      </section>
      <BreakingForm current={current} defaultExpires={toVietnamLocal(new Date(now.getTime() + 3 * 3600_000))} />
      <FeedSettingsForm initial={feedSettings} />
    </>
  );
}
