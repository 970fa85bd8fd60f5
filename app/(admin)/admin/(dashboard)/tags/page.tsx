import type { Metadata } from 'next';
import { TagTable } from '@/components/admin/taxonomy/TagTable';
import { requirePageUser } from '@/lib/auth/session';
import { messages } from '@/lib/i18n/messages';
import { searchTags, TAG_LIST_LIMIT } from '@/lib/taxonomy/tags';

export const metadata: Metadata = { title: messages.taxonomy.tags.title };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function TagsPage({ searchParams }: Props) {
  await requirePageUser('tag.manage', '/admin/tags');
  const raw = (await searchParams).q;
  const q = (Array.isArray(raw) ? raw[0] : raw)?.trim() ?? '';
  const tags = await searchTags({ q });
  const t = messages.taxonomy.tags;
  return (
    <>
      <h1>{t.title}</h1>
      <p className="field-hint">{t.intro}</p>
      <form method="get" role="search" className="panel admin-form">
        <label htmlFor="tag-q">{t.search}</label>
        <div className="button-row">
          <input id="tag-q" name="q" type="search" defaultValue={q} style={{ flex: 1, width: 'auto' }} />
          <button type="submit" className="button">
            {t.searchButton}
          </button>
        </div>
        {tags.length === TAG_LIST_LIMIT ? <p className="field-hint">{t.showing(TAG_LIST_LIMIT)}</p> : null}
      </form>
      {tags.length ? <TagTable tags={tags} /> : <p className="panel">{q ? t.noneFor(q) : t.none}</p>}
    </>
  );
}
