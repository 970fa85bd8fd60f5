'use client';
import { useEffect } from 'react';

const HOUR_MS = 3_600_000;

/**
 * Tells the newsroom a reader opened this story: once per browser, story and hour (remembered in
 * localStorage, no cookie), sent with sendBeacon so it never delays the page.
 */
export function ViewBeacon({ articleId }: { articleId: number }) {
  useEffect(() => {
    const hour = Math.floor(Date.now() / HOUR_MS);
    const key = `newsroom:viewed:${articleId}`;
    try {
      if (window.localStorage.getItem(key) === String(hour)) return;
      window.localStorage.setItem(key, String(hour));
    } catch {
      // Storage refused (private mode): count anyway; the server dedupes per address and hour.
    }
    navigator.sendBeacon?.('/api/views', String(articleId));
  }, [articleId]);
  return null;
}
