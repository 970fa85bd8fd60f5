import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { SearchView } from '@/components/site/SearchView';
import { messages } from '@/lib/i18n/messages';
import { searchParamsOfKey } from '@/lib/search/page-key.mjs';

// A search with a query (scripts/server.mjs rewrites /tim-kiem?q=… here; see lib/search/page-key.mjs):
// rendered on its first request, then served from the page cache for SEARCH_PAGE_SECONDS.
export const revalidate = 30; // SEARCH_PAGE_SECONDS; Next reads this as a literal
export const generateStaticParams = async () => [];

export const metadata: Metadata = { title: messages.searchPage.title, robots: { index: false, follow: true } };

type Props = { params: Promise<{ key: string }> };

export default async function SearchResultsPage({ params }: Props) {
  const search = searchParamsOfKey((await params).key);
  if (!search) notFound();
  return <SearchView params={search} fresh />;
}
