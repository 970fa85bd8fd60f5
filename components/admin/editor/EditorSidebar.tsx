'use client';

import type { EditorData } from '@/lib/articles/editor-data';
import { messages } from '@/lib/i18n/messages';
import type { SiteIdentity } from '@/lib/site/share-preview';
import { FieldError, invalidProps } from '../forms/FormFeedback';
import { counterFieldProps, LengthCounter } from './LengthCounter';
import { SharePreview } from './SharePreview';
import { TagInput } from './TagInput';
import type { ArticleDraft } from './useArticleDraft';
import styles from './editor.module.css';

type Featured = EditorData['featured'];

type Props = { draft: ArticleDraft; data: EditorData; featured: Featured; site: SiteIdentity; locked: boolean; onChooseImage: () => void; onRemoveImage: () => void };

/** The story's settings beside the text: section, image, tags, credits, address, SEO and its share preview, timing. */
export function EditorSidebar({ draft, data, featured, site, locked, onChooseImage, onRemoveImage }: Props) {
  const t = messages.articles;
  const { fields, update, editable, fieldErrors } = draft;
  const readOnly = !editable || locked;
  return (
    <aside className={styles.side}>
      <label htmlFor="article-section">{t.fields.section}</label>
      <select id="article-section" value={fields.sectionId ?? ''} disabled={readOnly} onChange={(e) => update('sectionId', e.target.value ? Number(e.target.value) : null)} {...invalidProps(fieldErrors.sectionId, 'err-sectionId')}>
        <option value="">{t.fields.chooseSection}</option>
        {data.sections.map((s) => (
          <option key={s.id} value={s.id}>
            {s.name}
          </option>
        ))}
      </select>
      <FieldError id="err-sectionId" errors={fieldErrors.sectionId} />

      <span className="field-label">{t.fields.featured}</span>
      {featured ? (
        <div className={styles.thumb}>
          {/* eslint-disable-next-line @next/next/no-img-element -- a dashboard preview of a stored file */}
          <img src={`/media/${featured.key}`} alt={featured.alt} width={featured.width} height={featured.height} />
          {!featured.alt ? <p className="field-error">{t.missing.featuredAlt}</p> : null}
        </div>
      ) : null}
      {editable ? (
        <div className="button-row">
          <button type="button" className="button" disabled={locked} onClick={onChooseImage}>
            {t.fields.chooseImage}
          </button>
          {featured ? (
            <button type="button" className="button" disabled={locked} onClick={onRemoveImage}>
              {t.fields.removeImage}
            </button>
          ) : null}
        </div>
      ) : null}

      <label htmlFor="article-tags">{t.fields.tags}</label>
      <TagInput value={fields.tags} onChange={(tags) => update('tags', tags)} suggestions={data.tagSuggestions} readOnly={locked} />

      <label htmlFor="article-credit">{t.fields.creditLine}</label>
      <input id="article-credit" type="text" list="credit-forms" value={fields.creditLine} onChange={(e) => update('creditLine', e.target.value)} readOnly={readOnly} aria-describedby="article-credit-hint" />
      <datalist id="credit-forms">
        {t.fields.creditForms.map((form) => (
          <option key={form} value={form} />
        ))}
      </datalist>
      <p id="article-credit-hint" className="field-hint">
        {t.fields.creditHint}
      </p>

      <fieldset className={styles.authors}>
        <legend className="field-label">{t.fields.authors}</legend>
        {data.staff.map((person) => (
          <label key={person.id}>
            <input
              type="checkbox"
              checked={fields.authorIds.includes(person.id)}
              disabled={readOnly}
              onChange={(e) => update('authorIds', e.target.checked ? [...fields.authorIds, person.id] : fields.authorIds.filter((a) => a !== person.id))}
            />
            {person.name}
          </label>
        ))}
      </fieldset>

      <label htmlFor="article-slug">{t.fields.slug}</label>
      <input id="article-slug" type="text" value={fields.slug} onChange={(e) => update('slug', e.target.value)} readOnly={readOnly} aria-describedby="article-slug-hint" />
      <p id="article-slug-hint" className="field-hint">
        {t.fields.slugHint}
      </p>

      <label htmlFor="article-seo-title">{t.fields.seoTitle}</label>
      <input id="article-seo-title" type="text" value={fields.seoTitle} onChange={(e) => update('seoTitle', e.target.value)} readOnly={readOnly} {...counterFieldProps('article-seo-title', fieldErrors.seoTitle, 'err-seoTitle')} />
      <FieldError id="err-seoTitle" errors={fieldErrors.seoTitle} />
      <LengthCounter id="article-seo-title" field="seoTitle" text={fields.seoTitle} />
      <label htmlFor="article-seo-description">{t.fields.seoDescription}</label>
      <textarea id="article-seo-description" rows={2} value={fields.seoDescription} onChange={(e) => update('seoDescription', e.target.value)} readOnly={readOnly} {...counterFieldProps('article-seo-description', fieldErrors.seoDescription, 'err-seoDescription')} />
      <FieldError id="err-seoDescription" errors={fieldErrors.seoDescription} />
      <LengthCounter id="article-seo-description" field="seoDescription" text={fields.seoDescription} />
      <SharePreview fields={fields} sections={data.sections} featured={featured} site={site} />

      {data.can.publish && !draft.isLive ? (
        <>
          <label htmlFor="article-publish-at">{t.fields.publishAt}</label>
          <input id="article-publish-at" type="datetime-local" value={draft.publishAt} readOnly={locked} onChange={(e) => draft.setPublishAt(e.target.value)} aria-describedby="article-publish-at-hint" />
          <p id="article-publish-at-hint" className="field-hint">
            {t.fields.publishAtHint}
          </p>
        </>
      ) : null}

      {data.can.correct && draft.isLive ? (
        <>
          <label htmlFor="article-correction">{t.fields.correction}</label>
          <textarea id="article-correction" rows={3} value={draft.correction} readOnly={locked} onChange={(e) => draft.setCorrection(e.target.value)} />
        </>
      ) : null}
    </aside>
  );
}
