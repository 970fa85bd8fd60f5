import { messages } from '@/lib/i18n/messages';
import { ShareActions } from './ShareActions';

/** Where each network takes a link to share: plain addresses, no SDK script, no cookie before a click. */
const SHARE_TO = {
  facebook: (url: string) => `https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(url)}`,
  zalo: (url: string) => `https://sp.zalo.me/plugins/share?url=${encodeURIComponent(url)}`,
};

/**
 * Sharing a story: Facebook and Zalo as links (they work without JavaScript), then copying the
 * canonical address and the phone's own share sheet, which need the browser.
 */
export function ShareBar({ url, title, place }: { url: string; title: string; place: 'top' | 'bottom' }) {
  const t = messages.site.share;
  return (
    <div className={`share share--${place}`} role="group" aria-label={t.label}>
      <ShareActions url={url} title={title} labels={{ copy: t.copy, copied: t.copied, copyFailed: t.copyFailed, native: t.native }}>
        <a className="share__link share__link--facebook" href={SHARE_TO.facebook(url)} target="_blank" rel="noopener noreferrer nofollow">
          {t.facebook}
        </a>
        <a className="share__link share__link--zalo" href={SHARE_TO.zalo(url)} target="_blank" rel="noopener noreferrer nofollow">
          {t.zalo}
        </a>
      </ShareActions>
    </div>
  );
}
