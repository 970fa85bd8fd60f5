import { HotLink } from './HotLink';
import type { Breaking } from '@/lib/curation/breaking';
import { messages } from '@/lib/i18n/messages';

/** The breaking-news strip at the top of every reader page (server-rendered, no JavaScript). */
export function BreakingBanner({ banner }: { banner: Breaking }) {
  const label = messages.taxonomy.home.breakingLabel;
  const external = /^https?:/i.test(banner.href);
  return (
    <aside className="breaking" aria-label={label}>
      <div className="breaking__inner">
        <span className="breaking__label">{label}</span>
        {banner.href ? (
          external ? (
            <a href={banner.href} className="breaking__text" rel="noopener">
              {banner.text}
            </a>
          ) : (
            <HotLink href={banner.href} className="breaking__text">
              {banner.text}
            </HotLink>
          )
        ) : (
          <span className="breaking__text">{banner.text}</span>
        )}
      </div>
    </aside>
  );
}
