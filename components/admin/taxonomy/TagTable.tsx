'use client';

import { useState } from 'react';
import { messages } from '@/lib/i18n/messages';
import { Notice } from '../forms/FormFeedback';
import { TagRow, type TagItem } from './TagRow';

/** The listed tags; merge targets are the other listed tags (search to narrow them). */
export function TagTable({ tags }: { tags: TagItem[] }) {
  const t = messages.taxonomy.tags;
  const [message, setMessage] = useState<string | null>(null);
  return (
    <>
      {message ? <Notice kind="ok" text={message} /> : null}
      <div className="table-wrap">
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t.colName}</th>
              <th scope="col">{t.colSlug}</th>
              <th scope="col">{t.colStories}</th>
              <th scope="col">{t.colActions}</th>
            </tr>
          </thead>
          <tbody>
            {tags.map((tag) => (
              <TagRow key={`${tag.id}-${tag.slug}-${tag.name}`} tag={tag} others={tags.filter((o) => o.id !== tag.id)} onMessage={setMessage} />
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
