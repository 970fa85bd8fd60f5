'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useRef, useState, useTransition } from 'react';
import type { ActionResult } from '@/lib/auth/action';
import { createPageAction, deletePageAction, publishPageAction, savePageAction } from '@/lib/actions/pages';
import { messages } from '@/lib/i18n/messages';
import type { PageFields } from '@/lib/validation/pages';
import { RichTextEditor } from '../editor/RichTextEditor';
import { FieldError, FormFeedback, invalidProps } from '../forms/FormFeedback';

type Doc = { type: 'doc'; content?: unknown[] };
export type EditablePage = { id: number; published: boolean; fields: Omit<PageFields, 'body'> & { body: Doc } };
type Saved = ActionResult<{ id: number; slug: string; published: boolean }, unknown>;

const EMPTY: EditablePage['fields'] = { title: '', slug: '', description: '', body: { type: 'doc', content: [{ type: 'paragraph' }] }, topLevel: false, inMenu: false, menuPosition: 0 };

/** Creates or edits a newsroom page with the stories' rich-text editor; publishes or unpublishes it. */
export function PageEditor({ page }: { page?: EditablePage }) {
  const t = messages.pages;
  const router = useRouter();
  const [result, setResult] = useState<Saved | null>(null);
  const [pending, startTransition] = useTransition();
  const body = useRef<Doc>(page?.fields.body ?? EMPTY.body);
  const initial = page?.fields ?? EMPTY;
  const errors = (name: string) => (result && !result.ok ? result.fieldErrors?.[name] : undefined);

  function fieldsFrom(form: HTMLFormElement): PageFields {
    const data = new FormData(form);
    const text = (name: string) => String(data.get(name) ?? '');
    return {
      title: text('title'),
      slug: text('slug'),
      description: text('description'),
      body: body.current as PageFields['body'],
      topLevel: data.get('topLevel') === 'on',
      inMenu: data.get('inMenu') === 'on',
      menuPosition: Number(text('menuPosition') || 0),
    };
  }

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const fields = fieldsFrom(event.currentTarget);
    startTransition(async () => {
      const saved = page ? await savePageAction({ id: page.id, fields }) : await createPageAction(fields);
      setResult(saved);
      if (saved.ok && !page) router.push(`/admin/pages/${saved.data.id}?moi=1`);
      else if (saved.ok) refresh(saved.data.id);
    });
  }

  /** Shows the saved page again, without the 'created' notice of its first visit (?moi=1). */
  function refresh(id: number) {
    router.replace(`/admin/pages/${id}`);
    router.refresh();
  }

  function deletePage() {
    if (!page || !window.confirm(t.deleteConfirm(initial.title))) return;
    startTransition(async () => {
      const deleted = await deletePageAction({ id: page.id });
      setResult(deleted);
      if (deleted.ok) router.push('/admin/pages');
    });
  }

  function setPublished(published: boolean) {
    if (!page) return;
    startTransition(async () => {
      const saved = await publishPageAction({ id: page.id, published });
      setResult(saved);
      if (saved.ok) refresh(page.id);
    });
  }

  return (
    <form className="admin-form panel" onSubmit={onSubmit} aria-label={page ? t.editTitle(initial.title) : t.newTitle}>
      <FormFeedback result={result} />
      <label htmlFor="page-title">{t.fields.title}</label>
      <input id="page-title" name="title" type="text" required maxLength={200} defaultValue={initial.title} {...invalidProps(errors('title'), 'page-title-error')} />
      <FieldError id="page-title-error" errors={errors('title')} />

      <label htmlFor="page-slug">{t.fields.slug}</label>
      <input id="page-slug" name="slug" type="text" maxLength={120} defaultValue={initial.slug} aria-describedby="page-slug-hint" {...invalidProps(errors('slug'), 'page-slug-error')} />
      <p className="field-hint" id="page-slug-hint">
        {t.fields.slugHint}
      </p>
      <FieldError id="page-slug-error" errors={errors('slug')} />

      <label htmlFor="page-description">{t.fields.description}</label>
      <textarea id="page-description" name="description" rows={2} maxLength={300} defaultValue={initial.description} {...invalidProps(errors('description'), 'page-description-error')} />
      <FieldError id="page-description-error" errors={errors('description')} />

      <span className="field-label" id="page-body-label">
        {t.fields.body}
      </span>
      <RichTextEditor initial={initial.body} labelId="page-body-label" onChange={(doc) => (body.current = doc)} />
      <FieldError id="page-body-error" errors={errors('body')} />

      <p className="button-row" style={{ marginTop: 12 }}>
        <label htmlFor="page-top-level" style={{ display: 'flex', gap: 8, alignItems: 'center', fontWeight: 600 }}>
          <input id="page-top-level" name="topLevel" type="checkbox" defaultChecked={initial.topLevel} style={{ width: 'auto' }} aria-describedby="page-top-level-hint" />
          {t.fields.topLevel}
        </label>
      </p>
      <p className="field-hint" id="page-top-level-hint">
        {t.fields.topLevelHint(initial.slug)}
      </p>
      <p className="button-row" style={{ marginTop: 12 }}>
        <label htmlFor="page-in-menu" style={{ display: 'flex', gap: 8, alignItems: 'center', fontWeight: 600 }}>
          <input id="page-in-menu" name="inMenu" type="checkbox" defaultChecked={initial.inMenu} style={{ width: 'auto' }} />
          {t.fields.inMenu}
        </label>
      </p>
      <label htmlFor="page-menu-position">{t.fields.menuPosition}</label>
      <input
        id="page-menu-position"
        name="menuPosition"
        type="number"
        inputMode="numeric"
        min={0}
        max={999}
        defaultValue={initial.menuPosition}
        style={{ maxWidth: 140 }}
        {...invalidProps(errors('menuPosition'), 'page-menu-position-error')}
      />
      <FieldError id="page-menu-position-error" errors={errors('menuPosition')} />

      <div className="button-row" style={{ marginTop: 16 }}>
        <button type="submit" className="button button--primary" disabled={pending}>
          {page ? t.save : t.create}
        </button>
        {page ? (
          page.published ? (
            <button type="button" className="button button--danger" disabled={pending} onClick={() => setPublished(false)}>
              {t.unpublish}
            </button>
          ) : (
            <button type="button" className="button" disabled={pending} onClick={() => setPublished(true)}>
              {t.publish}
            </button>
          )
        ) : null}
        <Link href="/admin/pages" className="button">
          {t.backToList}
        </Link>
        {page && !page.published ? (
          <button type="button" className="button button--danger" disabled={pending} onClick={deletePage} style={{ marginLeft: 'auto' }}>
            {t.delete}
          </button>
        ) : null}
      </div>
      {page?.published ? <p className="field-hint">{t.deleteMustUnpublish}</p> : null}
    </form>
  );
}
