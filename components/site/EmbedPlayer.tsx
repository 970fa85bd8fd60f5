'use client';

import { useEffect, useRef, useState, type ReactNode } from 'react';

export type EmbedShape = 'wide' | 'tall' | 'post';

/**
 * An embedded video or post: a poster (children: the stored still or a styled frame, and the
 * title) in a play button whose name is `action` (read, not shown) and the title, in a box of the player's shape so nothing moves when it loads. The
 * provider's player (a frame: its scripts and cookies) is loaded only when the reader clicks;
 * until then this page asks nothing of YouTube, Facebook or TikTok.
 */
export function EmbedPlayer({ player, title, action, shape, children }: { player: string; title: string; action: string; shape: EmbedShape; children: ReactNode }) {
  const [playing, setPlaying] = useState(false);
  const frame = useRef<HTMLIFrameElement>(null);
  // The button the reader pressed is gone: keyboard focus goes on to the player that replaced it.
  useEffect(() => {
    if (playing) frame.current?.focus();
  }, [playing]);
  return (
    <div className={`embed__box embed__box--${shape}`}>
      {playing ? (
        <iframe
          ref={frame}
          src={player}
          title={title}
          allow="autoplay; encrypted-media; picture-in-picture; fullscreen"
          allowFullScreen
          referrerPolicy="strict-origin-when-cross-origin"
        />
      ) : (
        <button type="button" className="embed__play" onClick={() => setPlaying(true)}>
          <span className="visually-hidden">{`${action} `}</span>
          {children}
          <span className="embed__button" aria-hidden="true">
            <svg viewBox="0 0 68 48" width="68" height="48" focusable="false">
              <rect width="68" height="48" rx="12" />
              <path d="M27 14v20l18-10z" fill="#fff" />
            </svg>
          </span>
        </button>
      )}
    </div>
  );
}
