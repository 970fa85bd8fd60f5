/*
 * The picture Facebook, Zalo and search engines show for a story: 1200×630 (1.91:1), cropped
 * around the photo's focal point. Its address carries the focal point, so moving the focal point
 * gives a new address (old cards keep theirs) and each file never changes. Addresses and sizes
 * here (pure); lib/media/social.ts makes and stores the files.
 */

export const SOCIAL_WIDTH = 1200;
export const SOCIAL_HEIGHT = 630;

export type Focal = { fx: number; fy: number };
/** The focal point as whole thousandths, as written in the address. */
export const permille = (value: number) => Math.min(1000, Math.max(0, Math.round(value * 1000)));

/** The card's size for a photo: 1200×630, or smaller at the same shape when the photo is smaller (never enlarged). */
export function socialSize(image: { width: number; height: number }): { width: number; height: number } {
  const k = Math.min(1, image.width / SOCIAL_WIDTH, image.height / SOCIAL_HEIGHT);
  return { width: Math.max(1, Math.round(SOCIAL_WIDTH * k)), height: Math.max(1, Math.round(SOCIAL_HEIGHT * k)) };
}

/** The card's address for a stored photo. */
export function socialImagePath(image: { id: number; focalX: number; focalY: number }): string {
  return `/og/${image.id}/${permille(image.focalX)}-${permille(image.focalY)}.jpg`;
}

/** Reads `/og/{id}/{fx}-{fy}.jpg`'s parts; null for anything else. */
export function parseSocialPath(id: string, file: string): ({ id: number } & Focal) | null {
  const match = /^(\d{1,4})-(\d{1,4})\.jpg$/.exec(file);
  if (!/^[1-9]\d{0,9}$/.test(id) || !match) return null;
  const fx = Number(match[1]);
  const fy = Number(match[2]);
  if (fx > 1000 || fy > 1000 || Number(id) > 2_147_483_647) return null;
  return { id: Number(id), fx, fy };
}

/** Where the crop of `image` around the focal point starts, at the scale that covers the card. */
export function cropBox(image: { width: number; height: number }, focal: { x: number; y: number }) {
  const out = socialSize(image);
  const scale = Math.max(out.width / image.width, out.height / image.height);
  const width = Math.max(out.width, Math.round(image.width * scale));
  const height = Math.max(out.height, Math.round(image.height * scale));
  const clamp = (v: number, max: number) => Math.min(Math.max(0, Math.round(v)), max);
  return {
    resize: { width, height },
    extract: { left: clamp(focal.x * width - out.width / 2, width - out.width), top: clamp(focal.y * height - out.height / 2, height - out.height), ...out },
  };
}
