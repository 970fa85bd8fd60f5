import { messages } from '../i18n/messages';
import type { EmbedTarget } from './embeds';

const t = messages.embeds;

/** The provider's name as readers know it. */
export const embedProviderName = (target: Pick<EmbedTarget, 'provider'>): string => t.providers[target.provider];

/** The title an embed gets until the editor writes one, and the one readers see if it is left empty. */
export function defaultEmbedTitle(target: Pick<EmbedTarget, 'provider' | 'kind'>): string {
  return target.provider === 'facebook' && target.kind === 'post' ? t.defaultTitle.facebookPost : t.defaultTitle[target.provider];
}
