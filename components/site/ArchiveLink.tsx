import Link from 'next/link';
import type { ComponentProps } from 'react';

/**
 * A link to a page of the archive: a story, a tag, an author, an older list page. Next.js
 * prefetches every link that scrolls into view, and a story nobody has opened since the last
 * deploy is rendered in full to answer that prefetch, so a list page of 20 stories would cost
 * the server up to 20 renders per reader, mostly for stories the reader never opens. These links
 * load on click instead (still a client-side navigation, from the page cache). Links to the
 * few hot pages (home, sections, the newsroom's pages) keep Next's prefetching.
 */
export function ArchiveLink(props: Omit<ComponentProps<typeof Link>, 'prefetch'>) {
  return <Link {...props} prefetch={false} />;
}
