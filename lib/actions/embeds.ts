'use server';

import { done, guardedAction } from '../auth/action';
import { storeEmbedThumbnail } from '../media/embed-thumbnail';
import { embedAddressSchema } from '../validation/embed';

/**
 * Fetches an embedded video's still into the media library (for who may upload photos).
 * `data` is null when there is none to be had: the embed then keeps its styled poster.
 */
export const storeEmbedThumbnailAction = guardedAction('media.upload', embedAddressSchema, async ({ url }, user) =>
  done(await storeEmbedThumbnail({ url, userId: user.id })),
);
