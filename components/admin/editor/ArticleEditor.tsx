'use client';

import type { Editor } from '@tiptap/react';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ActionResult } from '@/lib/auth/action';
import {
  autosaveArticleAction,
  correctArticleAction,
  createArticleAction,
  editorPresenceAction,
  publishArticleAction,
  saveArticleAction,
  submitArticleAction,
  takeOverArticleAction,
  unpublishArticleAction,
} from '@/lib/actions/articles';
import type { Snapshot, WorkflowResult } from '@/lib/articles/workflow';
import { displayStatus, isScheduledAt, toVietnamLocal, vietnamLocalToIso } from '@/lib/articles/visibility';
import { formatDateTimeLine } from '@/lib/format/dates';
import { messages } from '@/lib/i18n/messages';
import type { ArticleFields } from '@/lib/validation/article';
import { MediaPicker, type PickedMedia } from '../media/MediaPicker';
import { MoveToTrashButton } from '../TrashControls';
import { ConflictPanel } from './ConflictPanel';
import { RichTextEditor } from './RichTextEditor';
import { TagInput } from './TagInput';
import type { EditorData } from '@/lib/articles/editor-data';
import styles from './editor.module.css';

type Conflict = { current: Snapshot & { version: number } };
type Outcome = ActionResult<WorkflowResult>;

const AUTOSAVE_DELAY_MS = 3000;
const PRESENCE_EVERY_MS = 10_000;

export function ArticleEditor({ data }: { data: EditorData }) {
  const t = messages.articles;
  const router = useRouter();
  const [fields, setFields] = useState<ArticleFields>(data.article.fields);
  const [version, setVersion] = useState(data.article.version);
  const [status, setStatus] = useState(data.article.status);
  const [publishedAt, setPublishedAt] = useState(data.article.publishedAt);
  const [publishAt, setPublishAt] = useState(() => (isScheduledAt(data.article) ? toVietnamLocal(data.article.publishedAt!) : ''));
  const [correction, setCorrection] = useState('');
  const [pending, setPending] = useState(false);
  const [notice, setNotice] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [dirty, setDirty] = useState(false);
  const [autosavedAt, setAutosavedAt] = useState<string | null>(null);
  const [offerAutosave, setOfferAutosave] = useState(data.autosave);
  const [others, setOthers] = useState<string[]>([]);
  const [picker, setPicker] = useState<null | 'featured' | 'body'>(null);
  const [featured, setFeatured] = useState(data.featured);
  const editorRef = useRef<Editor | null>(null);
  const id = data.article.id;
  const editable = data.can.edit;

  const update = useCallback(<K extends keyof ArticleFields>(key: K, value: ArticleFields[K]) => {
    setFields((f) => ({ ...f, [key]: value }));
    setDirty(true);
  }, []);

  // Autosave a few seconds after typing stops; a buffer, not a revision.
  useEffect(() => {
    if (!id || !dirty || !editable) return;
    const timer = setTimeout(async () => {
      const saved = await autosaveArticleAction({ id, baseVersion: version, fields }).catch(() => null);
      setAutosavedAt(saved?.ok ? (saved.data as { savedAt: string }).savedAt : null);
      if (!saved?.ok) setNotice({ kind: 'error', text: t.autosaveFailed });
    }, AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [fields, dirty, id, version, editable, t.autosaveFailed]);

  // Who else has the story open.
  useEffect(() => {
    if (!id) return;
    const beat = () =>
      editorPresenceAction({ id })
        .then((r) => setOthers(r.ok ? (r.data as string[]) : []))
        .catch(() => {});
    beat();
    const timer = setInterval(beat, PRESENCE_EVERY_MS);
    return () => clearInterval(timer);
  }, [id]);

  // Unsaved words never vanish silently.
  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  function loadFields(next: ArticleFields) {
    setFields(next);
    editorRef.current?.commands.setContent(next.body as never, { emitUpdate: false });
  }

  async function run(action: () => Promise<Outcome>, success: (r: WorkflowResult & { ok: true }) => string) {
    setPending(true);
    setNotice(null);
    setFieldErrors({});
    try {
      const outcome = await action();
      if (outcome.ok) {
        const r = outcome.data as WorkflowResult & { ok: true };
        setVersion(r.version);
        setStatus(r.status);
        setPublishedAt(r.publishedAt);
        setFields((f) => ({ ...f, slug: r.slug }));
        setDirty(false);
        setConflict(null);
        setOfferAutosave(null);
        setNotice({ kind: 'ok', text: success(r) });
        if (!id) router.replace(`/admin/articles/${r.id}`);
        return;
      }
      const detail = outcome.data as { conflict?: boolean; current?: Conflict['current'] } | undefined;
      if (detail?.conflict && detail.current) setConflict({ current: detail.current });
      setFieldErrors(outcome.fieldErrors ?? {});
      setNotice({ kind: 'error', text: outcome.error });
    } catch {
      setNotice({ kind: 'error', text: messages.validation.unexpected });
    } finally {
      setPending(false);
    }
  }

  const savedText = () => t.savedAt(formatDateTimeLine(new Date()).slice(-5));
  const ref = { id: id ?? 0, baseVersion: version, fields };
  const publishAtIso = publishAt ? vietnamLocalToIso(publishAt) : null;
  const shown = displayStatus({ status, publishedAt });
  const isLive = shown === 'published';

  const save = () => run(() => (id ? saveArticleAction(ref) : createArticleAction(fields)), savedText);
  const submit = () => run(() => submitArticleAction(ref), () => t.submitted);
  const publish = (at: string | null) =>
    run(
      () => publishArticleAction({ ...ref, publishAt: at }),
      (r) => (at ? t.scheduled(formatDateTimeLine(r.publishedAt!)) : t.published),
    );
  const unpublish = () => {
    if (window.confirm(t.confirmUnpublish)) void run(() => unpublishArticleAction({ id: ref.id, baseVersion: version }), () => t.unpublished);
  };
  const correct = () => run(() => correctArticleAction({ ...ref, note: correction }), () => t.corrected);
  const takeOver = () => conflict && run(() => takeOverArticleAction({ id: ref.id, overVersion: conflict.current.version, fields }), savedText);
  const useTheirs = () => {
    if (!conflict) return;
    const { version: v, status: s, publishedAt: p, ...theirs } = conflict.current;
    loadFields(theirs);
    setVersion(v);
    setStatus(s);
    setPublishedAt(p);
    setConflict(null);
    setDirty(false);
  };

  function onPick(media: PickedMedia) {
    if (picker === 'featured') {
      setFeatured({ id: media.id, key: media.key, width: media.width, height: media.height, alt: media.alt });
      update('featuredMediaId', media.id);
    } else {
      editorRef.current
        ?.chain()
        .focus()
        .insertContent({ type: 'figure', attrs: { mediaId: media.id, key: media.key, width: media.width, height: media.height, alt: media.alt, caption: media.caption, credit: media.credit } })
        .run();
    }
    setPicker(null);
  }

  const err = (key: string) =>
    fieldErrors[key]?.length ? (
      <p className="field-error" id={`err-${key}`}>
        {fieldErrors[key]!.join(' ')}
      </p>
    ) : null;
  const invalid = (key: string) => (fieldErrors[key]?.length ? { 'aria-invalid': true, 'aria-describedby': `err-${key}` } : {});

  return (
    <>
    <form className={`admin-form ${styles.layout}`} onSubmit={(e) => e.preventDefault()} noValidate>
      <div className={styles.main}>
        {others.length ? <p className={styles.presence}>{t.othersEditing(others.join(', '))}</p> : null}
        {offerAutosave ? (
          <div className="form-ok" role="status">
            {t.restoreAutosave(formatDateTimeLine(offerAutosave.savedAt))}{' '}
            <button
              type="button"
              className="button"
              onClick={() => {
                loadFields({ ...fields, ...offerAutosave.fields });
                setOfferAutosave(null);
                setDirty(true);
              }}
            >
              {t.restoreAutosaveButton}
            </button>{' '}
            <button type="button" className="button" onClick={() => setOfferAutosave(null)}>
              {t.discardAutosaveButton}
            </button>
          </div>
        ) : null}
        {notice ? (
          <p role={notice.kind === 'error' ? 'alert' : 'status'} className={notice.kind === 'error' ? 'form-error' : 'form-ok'}>
            {notice.text}
          </p>
        ) : null}
        {conflict ? (
          <ConflictPanel mine={fields} theirs={conflict.current} theirVersion={conflict.current.version} canTakeOver={data.can.takeOver} onUseTheirs={useTheirs} onTakeOver={() => void takeOver()} />
        ) : null}

        <label htmlFor="article-title">{t.fields.title}</label>
        <input id="article-title" type="text" className={styles.titleInput} value={fields.title} onChange={(e) => update('title', e.target.value)} readOnly={!editable} {...invalid('title')} />
        {err('title')}

        <label htmlFor="article-sapo">{t.fields.sapo}</label>
        <textarea id="article-sapo" rows={3} value={fields.sapo} onChange={(e) => update('sapo', e.target.value)} readOnly={!editable} {...invalid('sapo')} />
        {err('sapo')}

        <span className="field-label" id="article-body-label">
          {t.fields.body}
        </span>
        <RichTextEditor
          initial={fields.body}
          labelId="article-body-label"
          editable={editable}
          onReady={(e) => (editorRef.current = e)}
          onChange={(doc) => update('body', doc as ArticleFields['body'])}
          onInsertImage={() => setPicker('body')}
        />
        {err('body')}
      </div>

      <aside className={styles.side}>
        <label htmlFor="article-section">{t.fields.section}</label>
        <select id="article-section" value={fields.sectionId ?? ''} disabled={!editable} onChange={(e) => update('sectionId', e.target.value ? Number(e.target.value) : null)} {...invalid('sectionId')}>
          <option value="">{t.fields.chooseSection}</option>
          {data.sections.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
        {err('sectionId')}

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
            <button type="button" className="button" onClick={() => setPicker('featured')}>
              {t.fields.chooseImage}
            </button>
            {featured ? (
              <button
                type="button"
                className="button"
                onClick={() => {
                  setFeatured(null);
                  update('featuredMediaId', null);
                }}
              >
                {t.fields.removeImage}
              </button>
            ) : null}
          </div>
        ) : null}

        <label htmlFor="article-tags">{t.fields.tags}</label>
        <TagInput value={fields.tags} onChange={(tags) => update('tags', tags)} suggestions={data.tagSuggestions} />

        <label htmlFor="article-credit">{t.fields.creditLine}</label>
        <input id="article-credit" type="text" list="credit-forms" value={fields.creditLine} onChange={(e) => update('creditLine', e.target.value)} readOnly={!editable} aria-describedby="article-credit-hint" />
        <datalist id="credit-forms">
          {['Bài, ảnh: ', 'Bài: ', 'Ảnh: ', 'Theo '].map((form) => (
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
                disabled={!editable}
                onChange={(e) => update('authorIds', e.target.checked ? [...fields.authorIds, person.id] : fields.authorIds.filter((a) => a !== person.id))}
              />
              {person.name}
            </label>
          ))}
        </fieldset>

        <label htmlFor="article-slug">{t.fields.slug}</label>
        <input id="article-slug" type="text" value={fields.slug} onChange={(e) => update('slug', e.target.value)} readOnly={!editable} aria-describedby="article-slug-hint" />
        <p id="article-slug-hint" className="field-hint">
          {t.fields.slugHint}
        </p>

        <label htmlFor="article-seo-title">{t.fields.seoTitle}</label>
        <input id="article-seo-title" type="text" value={fields.seoTitle} onChange={(e) => update('seoTitle', e.target.value)} readOnly={!editable} />
        <label htmlFor="article-seo-description">{t.fields.seoDescription}</label>
        <textarea id="article-seo-description" rows={2} value={fields.seoDescription} onChange={(e) => update('seoDescription', e.target.value)} readOnly={!editable} />

        {data.can.publish && !isLive ? (
          <>
            <label htmlFor="article-publish-at">{t.fields.publishAt}</label>
            <input id="article-publish-at" type="datetime-local" value={publishAt} onChange={(e) => setPublishAt(e.target.value)} aria-describedby="article-publish-at-hint" />
            <p id="article-publish-at-hint" className="field-hint">
              {t.fields.publishAtHint}
            </p>
          </>
        ) : null}

        {data.can.correct && isLive ? (
          <>
            <label htmlFor="article-correction">{t.fields.correction}</label>
            <textarea id="article-correction" rows={3} value={correction} onChange={(e) => setCorrection(e.target.value)} />
          </>
        ) : null}
      </aside>

      <div className={styles.actions}>
        <span className={`badge badge--${shown}`}>{t.status[shown]}</span>
        {editable ? (
          <button type="button" className="button" disabled={pending} onClick={() => void save()}>
            {isLive ? t.actions.update : t.actions.saveDraft}
          </button>
        ) : null}
        {id && data.can.submit && !data.can.publish && (status === 'draft' || status === 'unpublished') ? (
          <button type="button" className="button button--primary" disabled={pending} onClick={() => void submit()}>
            {t.actions.submit}
          </button>
        ) : null}
        {id && data.can.publish && !isLive ? (
          publishAt ? (
            <button type="button" className="button button--primary" disabled={pending} onClick={() => void publish(publishAtIso)}>
              {t.actions.schedule}
            </button>
          ) : (
            <button type="button" className="button button--primary" disabled={pending} onClick={() => void publish(null)}>
              {t.actions.publish}
            </button>
          )
        ) : null}
        {id && data.can.correct && isLive ? (
          <button type="button" className="button" disabled={pending || !correction.trim()} onClick={() => void correct()}>
            {t.actions.correct}
          </button>
        ) : null}
        {id && data.can.unpublish && status === 'published' ? (
          <button type="button" className="button button--danger" disabled={pending} onClick={unpublish}>
            {t.actions.unpublish}
          </button>
        ) : null}
        {id ? (
          <>
            <Link className="button" href={`/admin/articles/${id}/preview`} target="_blank">
              {t.actions.preview}
            </Link>
            <Link className="button" href={`/admin/articles/${id}/history`}>
              {t.actions.history}
            </Link>
          </>
        ) : null}
        {isLive && data.article.publicPath ? (
          // No prefetch: rendering the reader page while a save is in flight could cache the old text.
          <Link className="button" href={data.article.publicPath} target="_blank" prefetch={false}>
            {t.actions.view}
          </Link>
        ) : null}
        {id && data.can.trash ? <MoveToTrashButton id={id} /> : null}
        <span className={styles.status} aria-live="polite">
          {pending ? t.actions.saving : autosavedAt ? t.autosavedAt(formatDateTimeLine(autosavedAt).slice(-5)) : ''}
        </span>
      </div>
    </form>
    {/* Outside the story form: the picker has a form of its own (upload). */}
    {picker ? <MediaPicker onPick={onPick} onClose={() => setPicker(null)} /> : null}
    </>
  );
}
