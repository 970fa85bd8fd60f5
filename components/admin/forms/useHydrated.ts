'use client';

import { useSyncExternalStore } from 'react';

const noSubscription = () => () => {};

/**
 * False on the server and during hydration, true once React owns the page. Whatever a
 * person does before then would be lost (a controlled field reset, a native submit), so
 * forms wait for it: fields read-only and buttons disabled until it is true.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}
