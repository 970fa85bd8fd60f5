import { notFound, permanentRedirect } from 'next/navigation';
import { oldAddressTarget, oldQueryTarget } from '@/lib/site/old-addresses';
import { HOME_SEGMENT, OLD_QUERY_SEGMENT } from '@/lib/site/routes';

type Props = { params: Promise<{ section: string; slug: string; rest: string[] }> };

// Deeper reader paths exist nowhere, except as old addresses of an imported site (a WordPress
// permalink /2024/03/16/slug, /category/a/b, or a rewritten /?p=12): those redirect; the rest
// answer 404 in the site's frame.
export default async function DeepPath({ params }: Props) {
  const { section, slug, rest } = await params;
  const query = section === HOME_SEGMENT && slug === OLD_QUERY_SEGMENT && rest.length === 2;
  const target = query ? await oldQueryTarget(rest[0]!, rest[1]!) : await oldAddressTarget([section, slug, ...rest]);
  if (target) permanentRedirect(target);
  notFound();
}
