import type { Page } from '@/lib/articles/public';
import { StoryList } from './StoryList';

/** A tag's or an author's stories: heading, optional intro, list and pager. */
export function ListPage({ heading, intro, page, basePath, isFirstPage }: { heading: string; intro?: string; page: Page; basePath: string; isFirstPage: boolean }) {
  return (
    <>
      <h1 className="page-heading">{heading}</h1>
      {intro ? <p className="page-intro">{intro}</p> : null}
      <StoryList stories={page.items} basePath={basePath} nextCursor={page.nextCursor} isFirstPage={isFirstPage} />
    </>
  );
}
