'use client';

import { useState } from 'react';
import type { EditorData } from '@/lib/articles/editor-data';
import { GALLERY_MAX_IMAGES } from '@/lib/articles/rich-text';
import { formatDateTimeLine } from '@/lib/format/dates';
import { messages } from '@/lib/i18n/messages';
import type { SiteIdentity } from '@/lib/site/share-preview';
import type { ArticleFields } from '@/lib/validation/article';
import { FieldError, Notice } from '../forms/FormFeedback';
import { useHydrated } from '../forms/useHydrated';
import { MediaPicker, type PickedMedia } from '../media/MediaPicker';
import { BodyStats } from './BodyStats';
import { ConflictPanel } from './ConflictPanel';
import { EditorSidebar } from './EditorSidebar';
import { counterFieldProps, LengthCounter } from './LengthCounter';
import { galleryImageFrom } from './GalleryNodeView';
import { PublishBar } from './PublishBar';
import { RichTextEditor } from './RichTextEditor';
import { useArticleDraft } from './useArticleDraft';
import styles from './editor.module.css';

/**
 * The story editor: the text in the middle, its settings beside it, the publish bar below.
 * Until the page is hydrated every field is read-only, so nothing typed early is lost
 * when React takes over (`data-hydrated` marks the moment). `site` names the paper in the share preview.
 */
export function ArticleEditor({ data, site }: { data: EditorData; site: SiteIdentity }) {
  const t = messages.articles;
  const draft = useArticleDraft(data);
  const hydrated = useHydrated();
  const locked = !hydrated;
  const [picker, setPicker] = useState<null | 'featured' | 'body' | 'gallery'>(null);
  const [featured, setFeatured] = useState(data.featured);
  const { fields, update, editable, fieldErrors, offerAutosave, conflict } = draft;

  function onPick(media: PickedMedia) {
    if (picker === 'featured') {
      setFeatured({ id: media.id, key: media.key, width: media.width, height: media.height, alt: media.alt, focalX: media.focalX, focalY: media.focalY });
      update('featuredMediaId', media.id);
    } else {
      draft.editorRef.current
        ?.chain()
        .focus()
        .insertContent({ type: 'figure', attrs: { mediaId: media.id, key: media.key, width: media.width, height: media.height, alt: media.alt, caption: media.caption, credit: media.credit } })
        .run();
    }
    setPicker(null);
  }

  function onPickGallery(photos: PickedMedia[]) {
    draft.editorRef.current?.chain().focus().insertContent({ type: 'gallery', attrs: { images: photos.slice(0, GALLERY_MAX_IMAGES).map(galleryImageFrom) } }).run();
    setPicker(null);
  }

  return (
    <>
      <form className={`admin-form ${styles.layout}`} onSubmit={(e) => e.preventDefault()} noValidate data-hydrated={hydrated ? '' : undefined}>
        <div className={styles.main}>
          {draft.others.length ? <p className={styles.presence}>{t.othersEditing(draft.others.join(', '))}</p> : null}
          {offerAutosave ? (
            <div className="form-ok" role="status">
              {t.restoreAutosave(formatDateTimeLine(offerAutosave.savedAt))}{' '}
              <button type="button" className="button" onClick={draft.actions.restoreAutosave}>
                {t.restoreAutosaveButton}
              </button>{' '}
              <button type="button" className="button" onClick={draft.actions.discardAutosave}>
                {t.discardAutosaveButton}
              </button>
            </div>
          ) : null}
          {draft.status === 'returned' && data.returnReason ? (
            <section className="return-banner" aria-label={t.status.returned}>
              <p>{t.returnedBanner(data.returnReason.by ?? t.notes.someone, formatDateTimeLine(data.returnReason.at))}</p>
              <blockquote>{data.returnReason.body}</blockquote>
            </section>
          ) : null}
          {draft.notice ? <Notice kind={draft.notice.kind} text={draft.notice.text} /> : null}
          {conflict ? (
            <ConflictPanel mine={fields} theirs={conflict.current} theirVersion={conflict.current.version} canTakeOver={data.can.takeOver} onUseTheirs={draft.actions.useTheirs} onTakeOver={() => void draft.actions.takeOver()} />
          ) : null}

          <label htmlFor="article-title">{t.fields.title}</label>
          <input id="article-title" type="text" className={styles.titleInput} value={fields.title} onChange={(e) => update('title', e.target.value)} readOnly={!editable || locked} {...counterFieldProps('article-title', fieldErrors.title, 'err-title')} />
          <FieldError id="err-title" errors={fieldErrors.title} />
          <LengthCounter id="article-title" field="title" text={fields.title} />

          <label htmlFor="article-sapo">{t.fields.sapo}</label>
          <textarea id="article-sapo" rows={3} value={fields.sapo} onChange={(e) => update('sapo', e.target.value)} readOnly={!editable || locked} {...counterFieldProps('article-sapo', fieldErrors.sapo, 'err-sapo')} />
          <FieldError id="err-sapo" errors={fieldErrors.sapo} />
          <LengthCounter id="article-sapo" field="sapo" text={fields.sapo} />

          <span className="field-label" id="article-body-label">
            {t.fields.body}
          </span>
          <RichTextEditor
            initial={fields.body}
            labelId="article-body-label"
            editable={editable}
            onReady={draft.attachEditor}
            onChange={(doc) => update('body', doc as ArticleFields['body'])}
            onInsertImage={() => setPicker('body')}
            onInsertGallery={() => setPicker('gallery')}
          />
          <BodyStats id="article-body-stats" body={fields.body} />
          <FieldError id="err-body" errors={fieldErrors.body} />
        </div>

        <EditorSidebar
          draft={draft}
          data={data}
          featured={featured}
          site={site}
          locked={locked}
          onChooseImage={() => setPicker('featured')}
          onRemoveImage={() => {
            setFeatured(null);
            update('featuredMediaId', null);
          }}
        />
        <PublishBar draft={draft} data={data} locked={locked} />
      </form>
      {/* Outside the story form: the picker has a form of its own (upload). */}
      {picker === 'gallery' ? (
        <MediaPicker multiple onPickMany={onPickGallery} onClose={() => setPicker(null)} />
      ) : picker ? (
        <MediaPicker onPick={onPick} onClose={() => setPicker(null)} />
      ) : null}
    </>
  );
}
