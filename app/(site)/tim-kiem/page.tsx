import type { Metadata } from 'next';
import { SearchView } from '@/components/site/SearchView';
import { messages } from '@/lib/i18n/messages';
import type { SearchParams } from '@/lib/site/query';

// The search page, rendered per request (from cached results). A search asked for again is
// rewritten by the server to /tim-kiem/ket-qua/{key} (lib/search/page-key.mjs), a cached page.
export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: messages.searchPage.title, robots: { index: false, follow: true } };

type Props = { searchParams: Promise<SearchParams> };

export default async function SearchPage({ searchParams }: Props) {
  return <SearchView params={await searchParams} />;
}
