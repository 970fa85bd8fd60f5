'use client';

import Link from 'next/link';
import { useState, type ComponentProps } from 'react';

/**
 * A link to one of the hot pages (home, sections, the newsroom's own pages), prefetched when the
 * reader reaches for it: the pointer over it, the keyboard on it, a finger on it. Next.js would
 * prefetch every such link that scrolls into view; measured with `npm run bench` (10,000
 * stories), a desktop reader of the home page then sent four prefetches with each view and the
 * server answered 224 views a second instead of 1,488. Prefetching on intent costs one request for
 * the link the reader is about to follow, and the page still opens without a full load.
 * Links to stories, tags and authors are ArchiveLinks and are never prefetched.
 */
export function HotLink({ onMouseEnter, onFocus, onTouchStart, ...props }: Omit<ComponentProps<typeof Link>, 'prefetch'>) {
  const [reached, setReached] = useState(false);
  return (
    <Link
      {...props}
      // null: Next's own prefetching, from the moment the reader reaches for the link.
      prefetch={reached ? null : false}
      onMouseEnter={(event) => {
        setReached(true);
        onMouseEnter?.(event);
      }}
      onFocus={(event) => {
        setReached(true);
        onFocus?.(event);
      }}
      onTouchStart={(event) => {
        setReached(true);
        onTouchStart?.(event);
      }}
    />
  );
}
