import type { PreviewLinkView } from '@/lib/articles/preview-links';
import { formatDateTimeLine } from '@/lib/format/dates';
import { messages } from '@/lib/i18n/messages';
import { CreatePreviewLinkForm, RevokePreviewLinkButton } from './PreviewLinkForms';

/** "Liên kết xem trước": make a signed 48-hour link for a reader outside the newsroom; see and revoke the live ones. */
export function PreviewLinksPanel({ articleId, links }: { articleId: number; links: PreviewLinkView[] }) {
  const t = messages.articles.previewLinks;
  return (
    <section className="panel" aria-labelledby="preview-links-heading">
      <h2 id="preview-links-heading">{t.heading}</h2>
      <p className="field-hint">{t.intro}</p>
      <CreatePreviewLinkForm articleId={articleId} />
      {links.length ? (
        <ul className="notes-list">
          {links.map((link) => (
            <li key={link.id} className="preview-link">
              <span>{t.item(link.createdBy ?? t.someone, formatDateTimeLine(link.expiresAt))}</span>
              <RevokePreviewLinkButton id={link.id} articleId={articleId} />
            </li>
          ))}
        </ul>
      ) : (
        <p>{t.none}</p>
      )}
    </section>
  );
}
