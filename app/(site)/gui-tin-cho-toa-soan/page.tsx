import type { Metadata } from 'next';
import { TipForm } from '@/components/site/tips/TipForm';
import { tipFormLabels } from '@/components/site/tips/labels';
import { messages } from '@/lib/i18n/messages';
import { tipFormMetadata } from '@/lib/site/metadata';

// A plain route would be prerendered at build time, which has no database (the layout reads
// the footer): render per request from cached data instead, as /dinh-chinh does.
export const dynamic = 'force-dynamic';

export const metadata: Metadata = tipFormMetadata();

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** `Gửi tin cho tòa soạn`. A post without JavaScript comes back here with `?da-gui=1`. */
export default async function TipFormPage({ searchParams }: Props) {
  const t = messages.tips;
  const sent = (await searchParams)['da-gui'] === '1';
  return (
    <div className="article site-page">
      <h1 className="article__title">{t.pageTitle}</h1>
      <p className="page-intro">{t.pageIntro}</p>
      {sent ? (
        <p className="comment-form__ok" role="status">
          {t.sent}
        </p>
      ) : null}
      <TipForm labels={tipFormLabels()} />
    </div>
  );
}
