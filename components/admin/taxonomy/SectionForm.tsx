'use client';

import { useRouter } from 'next/navigation';
import { useId, useState, useTransition } from 'react';
import type { FieldErrors } from '@/lib/auth/action';
import { createSectionAction, updateSectionAction } from '@/lib/actions/sections';
import { taxonomyMessages } from '@/lib/i18n/vi/taxonomy';
import styles from './taxonomy.module.css';

export type SectionItem = { id: number; slug: string; name: string; description: string; parentId: number | null };

/** Creates a section, or edits one (name, slug, description, parent). */
export function SectionForm({ section, parents, onDone }: { section?: SectionItem; parents: SectionItem[]; onDone?: () => void }) {
  const t = taxonomyMessages.sections;
  const id = useId();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [ok, setOk] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});

  function submit(form: HTMLFormElement) {
    const data = new FormData(form);
    const parent = String(data.get('parentId') ?? '');
    const fields = {
      name: String(data.get('name') ?? ''),
      slug: String(data.get('slug') ?? ''),
      description: String(data.get('description') ?? ''),
      parentId: parent ? Number(parent) : null,
    };
    startTransition(async () => {
      const result = section ? await updateSectionAction({ ...fields, id: section.id }) : await createSectionAction(fields);
      if (!result.ok) {
        setError(result.error);
        setFieldErrors(result.fieldErrors ?? {});
        setOk(null);
        return;
      }
      setError(null);
      setFieldErrors({});
      setOk(result.message ?? null);
      if (!section) form.reset();
      router.refresh();
      onDone?.();
    });
  }

  const errorOf = (name: string) =>
    fieldErrors[name]?.length ? (
      <p className="field-error" id={`${id}-${name}-error`}>
        {fieldErrors[name]!.join(' ')}
      </p>
    ) : null;
  const invalid = (name: string) => (fieldErrors[name]?.length ? { 'aria-invalid': true, 'aria-describedby': `${id}-${name}-error` } : {});

  return (
    <form
      className={`admin-form ${section ? styles.inlineForm : 'panel'}`}
      aria-label={section ? t.editTitle(section.name) : t.newTitle}
      onSubmit={(event) => {
        event.preventDefault();
        submit(event.currentTarget);
      }}
    >
      {section ? null : <h2>{t.newTitle}</h2>}
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      {ok ? (
        <p className="form-ok" role="status">
          {ok}
        </p>
      ) : null}
      <label htmlFor={`${id}-name`}>{t.name}</label>
      <input id={`${id}-name`} name="name" type="text" required maxLength={80} defaultValue={section?.name} {...invalid('name')} />
      {errorOf('name')}
      <label htmlFor={`${id}-slug`}>{t.slug}</label>
      <input id={`${id}-slug`} name="slug" type="text" maxLength={120} defaultValue={section?.slug} aria-describedby={`${id}-slug-hint`} {...invalid('slug')} />
      <p className="field-hint" id={`${id}-slug-hint`}>
        {t.slugHint}
      </p>
      {errorOf('slug')}
      <label htmlFor={`${id}-description`}>{t.description}</label>
      <textarea id={`${id}-description`} name="description" maxLength={300} defaultValue={section?.description} {...invalid('description')} />
      {errorOf('description')}
      <label htmlFor={`${id}-parent`}>{t.parent}</label>
      <select id={`${id}-parent`} name="parentId" defaultValue={section?.parentId ?? ''} {...invalid('parentId')}>
        <option value="">{t.noParent}</option>
        {parents
          .filter((p) => p.id !== section?.id)
          .map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
      </select>
      {errorOf('parentId')}
      <div className="button-row" style={{ marginTop: 10 }}>
        <button type="submit" className="button button--primary" disabled={pending}>
          {section ? t.save : t.create}
        </button>
        {section && onDone ? (
          <button type="button" className="button" onClick={onDone}>
            {t.cancel}
          </button>
        ) : null}
      </div>
    </form>
  );
}
