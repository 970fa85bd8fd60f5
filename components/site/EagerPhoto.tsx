'use client';

import type { ComponentProps } from 'react';

/**
 * The photo a page opens with (its largest paint), as an <img> drawn by a client component. React
 * preloads an eager <img> from a server component through the RSC payload too, and Next prefetches
 * that payload for links such as the header's home link: every page then downloaded the home page's
 * lead photo at high priority. From a client component the preload is only in the page's own HTML.
 */
export function EagerPhoto(props: Omit<ComponentProps<'img'>, 'loading' | 'fetchPriority'>) {
  // eslint-disable-next-line @next/next/no-img-element, jsx-a11y/alt-text -- alt comes with the props
  return <img {...props} loading="eager" fetchPriority="high" />;
}
