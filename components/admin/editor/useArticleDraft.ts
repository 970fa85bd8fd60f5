'use client';

import type { Editor } from '@tiptap/react';
import { useRouter } from 'next/navigation';
import { useCallback, useEffect, useRef, useState } from 'react';
import {
  autosaveArticleAction,
  autosaveNewArticleAction,
  correctArticleAction,
  createArticleAction,
  discardArticleAutosaveAction,
  discardNewArticleAutosaveAction,
  editorPresenceAction,
  publishArticleAction,
  publishNewArticleAction,
  returnArticleAction,
  saveArticleAction,
  submitArticleAction,
  submitNewArticleAction,
  takeOverArticleAction,
  unpublishArticleAction,
} from '@/lib/actions/articles';
import type { EditorData } from '@/lib/articles/editor-data';
import { displayStatus, isScheduledAt, toVietnamLocal, vietnamLocalToIso } from '@/lib/articles/visibility';
import type { Snapshot, WorkflowFailure, WorkflowSuccess } from '@/lib/articles/workflow';
import type { ActionResult } from '@/lib/auth/action';
import { formatDateTimeLine } from '@/lib/format/dates';
import { messages } from '@/lib/i18n/messages';
import type { ArticleFields } from '@/lib/validation/article';

type Outcome = ActionResult<WorkflowSuccess, WorkflowFailure>;
export type Conflict = { current: Snapshot & { version: number } };
export type Notice = { kind: 'ok' | 'error'; text: string };

const AUTOSAVE_DELAY_MS = 3000;
const PRESENCE_EVERY_MS = 10_000;

/**
 * The story being edited: its fields and stored state, autosave, who else has it open,
 * conflicts with a newer version, and the workflow actions with their outcome.
 */
export function useArticleDraft(data: EditorData) {
  const t = messages.articles;
  const router = useRouter();
  const [fields, setFields] = useState<ArticleFields>(data.article.fields);
  const [version, setVersion] = useState(data.article.version);
  const [status, setStatus] = useState(data.article.status);
  const [publishedAt, setPublishedAt] = useState(data.article.publishedAt);
  const [publishAt, setPublishAt] = useState(() => (isScheduledAt(data.article) ? toVietnamLocal(data.article.publishedAt!) : ''));
  const [correction, setCorrection] = useState('');
  const [pending, setPending] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(data.notice ? { kind: 'ok', text: data.notice } : null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [dirty, setDirty] = useState(false);
  const [autosavedAt, setAutosavedAt] = useState<string | null>(null);
  const [offerAutosave, setOfferAutosave] = useState(data.autosave);
  const [others, setOthers] = useState<string[]>([]);
  const editorRef = useRef<Editor | null>(null);
  // A new story's first save is on its way (or done): an autosave sent after it would bring
  // back the new-story buffer that save deleted.
  const firstSave = useRef(false);
  const id = data.article.id;
  const editable = data.can.edit;

  const update = useCallback(<K extends keyof ArticleFields>(key: K, value: ArticleFields[K]) => {
    setFields((f) => ({ ...f, [key]: value }));
    setDirty(true);
  }, []);

  // Autosave a few seconds after typing stops; a buffer, not a revision. A new story's words
  // go to the writer's new-story buffer until its first save.
  useEffect(() => {
    if (!dirty || !editable) return;
    const timer = setTimeout(async () => {
      if (!id && firstSave.current) return;
      const saved = await (id ? autosaveArticleAction({ id, baseVersion: version, fields }) : autosaveNewArticleAction({ fields })).catch(() => null);
      setAutosavedAt(saved?.ok ? saved.data.savedAt : null);
      if (!saved?.ok) setNotice({ kind: 'error', text: t.autosaveFailed });
    }, AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [fields, dirty, id, version, editable, pending, t.autosaveFailed]);

  // `?xong=` has been said (data.notice); a reload must not say it again.
  useEffect(() => {
    const url = new URL(window.location.href);
    if (!url.searchParams.has('xong')) return;
    url.searchParams.delete('xong');
    window.history.replaceState(window.history.state, '', `${url.pathname}${url.search}`);
  }, []);

  // Who else has the story open.
  useEffect(() => {
    if (!id) return;
    const beat = () =>
      editorPresenceAction({ id })
        .then((r) => setOthers(r.ok ? r.data : []))
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

  async function run(action: () => Promise<Outcome>, success: (r: WorkflowSuccess) => string): Promise<boolean> {
    setPending(true);
    setNotice(null);
    setFieldErrors({});
    if (!id) firstSave.current = true;
    try {
      const outcome = await action();
      if (outcome.ok) {
        const r = outcome.data;
        setVersion(r.version);
        setStatus(r.status);
        setPublishedAt(r.publishedAt);
        setFields((f) => ({ ...f, slug: r.slug }));
        setDirty(false);
        setConflict(null);
        setOfferAutosave(null);
        setNotice({ kind: 'ok', text: success(r) });
        // A new story opens at its own address, which says what was just done (?xong=…).
        if (!id) router.replace(`/admin/articles/${r.id}?xong=${r.status}`);
        // The page's server parts (the return reason, the notes) follow a change of status.
        else if (r.status !== status) router.refresh();
        return true;
      }
      firstSave.current = false;
      if (outcome.data && 'conflict' in outcome.data) setConflict({ current: outcome.data.current });
      setFieldErrors(outcome.fieldErrors ?? {});
      setNotice({ kind: 'error', text: outcome.error });
      return false;
    } catch {
      firstSave.current = false;
      setNotice({ kind: 'error', text: messages.validation.unexpected });
      return false;
    } finally {
      setPending(false);
    }
  }

  const savedText = () => t.savedAt(formatDateTimeLine(new Date()).slice(-5));
  const ref = { id: id ?? 0, baseVersion: version, fields };
  const shown = displayStatus({ status, publishedAt });

  const actions = {
    save: () => run(() => (id ? saveArticleAction(ref) : createArticleAction(fields)), savedText),
    submit: () => run(() => (id ? submitArticleAction(ref) : submitNewArticleAction(fields)), () => t.submitted),
    publish: () => {
      const at = publishAt ? vietnamLocalToIso(publishAt) : null;
      return run(
        () => (id ? publishArticleAction({ ...ref, publishAt: at }) : publishNewArticleAction({ fields, publishAt: at })),
        (r) => (at ? t.scheduled(formatDateTimeLine(r.publishedAt!)) : t.published),
      );
    },
    unpublish: () => {
      if (window.confirm(t.confirmUnpublish)) void run(() => unpublishArticleAction({ id: ref.id, baseVersion: version }), () => t.unpublished);
    },
    returnToWriter: (reason: string) => run(() => returnArticleAction({ id: ref.id, baseVersion: version, reason }), () => t.returned),
    correct: () => run(() => correctArticleAction({ ...ref, note: correction }), () => t.corrected),
    takeOver: () => conflict && run(() => takeOverArticleAction({ id: ref.id, overVersion: conflict.current.version, fields }), savedText),
    useTheirs: () => {
      if (!conflict) return;
      const { version: v, status: s, publishedAt: p, ...theirs } = conflict.current;
      loadFields(theirs);
      setVersion(v);
      setStatus(s);
      setPublishedAt(p);
      setConflict(null);
      setDirty(false);
    },
    restoreAutosave: () => {
      if (!offerAutosave) return;
      loadFields({ ...fields, ...offerAutosave.fields });
      setOfferAutosave(null);
      setDirty(true);
    },
    // Declined: the buffer is deleted, so the next opening does not offer it again. The offer
    // goes once that is done (or has failed, which is said).
    discardAutosave: () => {
      void (id ? discardArticleAutosaveAction({ id }) : discardNewArticleAutosaveAction({}))
        .catch(() => null)
        .then((r) => {
          setOfferAutosave(null);
          if (!r?.ok) setNotice({ kind: 'error', text: t.discardAutosaveFailed });
        });
    },
  };

  return {
    id,
    editable,
    fields,
    update,
    editorRef,
    attachEditor: (editor: Editor) => {
      editorRef.current = editor;
    },
    status,
    shown,
    isLive: shown === 'published',
    publishAt,
    setPublishAt,
    correction,
    setCorrection,
    pending,
    notice,
    fieldErrors,
    conflict,
    autosavedAt,
    offerAutosave,
    others,
    actions,
  };
}

export type ArticleDraft = ReturnType<typeof useArticleDraft>;
