import type { Metadata } from 'next';
import type { PublicArticle } from '@/db/queries/public-articles';
import type { SectionRef } from '@/db/queries/taxonomy';
import { docToPlainText } from '../articles/rich-text';
import { toIsoVietnam } from '../format/dates';
import { messages } from '../i18n/messages';
import { socialImagePath } from '../media/social-card';
import { absoluteUrl, articlePath, authorPath, mediaPath, sectionPath, sitePagePath, tagPath, TIP_FORM_PATH } from './routes';
import type { SiteSettings } from './settings';
import { describe, documentTitle, storyShare } from './share';

/* Titles, descriptions, canonical URLs, OpenGraph and Twitter cards for every reader page. */

function page({ title, description, path, type = 'website' }: { title: string; description: string; path: string; type?: 'website' }): Metadata {
  return {
    title,
    description,
    alternates: { canonical: path },
    openGraph: { title, description, url: path, type, locale: 'vi_VN' },
    twitter: { card: 'summary', title, description },
  };
}

export function siteTitle(settings: SiteSettings): Metadata {
  return {
    title: { default: settings.paperName, template: documentTitle('%s', settings.paperName) },
    applicationName: settings.paperName,
    openGraph: { siteName: settings.paperName, locale: 'vi_VN' },
    alternates: { types: { 'application/rss+xml': [{ url: '/rss.xml', title: settings.paperName }] } },
  };
}

export function homeMetadata(settings: SiteSettings): Metadata {
  return {
    ...page({ title: settings.paperName, description: `${settings.paperName} – ${settings.tagline}`, path: '/' }),
    title: { absolute: `${settings.paperName} – ${settings.tagline}` },
  };
}

export function sectionMetadata(section: SectionRef): Metadata {
  return {
    ...page({ title: messages.site.sectionPage(section.name), description: section.description || section.name, path: sectionPath(section.slug) }),
    alternates: {
      canonical: sectionPath(section.slug),
      types: { 'application/rss+xml': [{ url: `${sectionPath(section.slug)}/rss.xml`, title: section.name }] },
    },
  };
}

/** Older pages of a list: followed, not indexed, pointing at the list's first page. */
export function pagedMetadata(name: string, basePath: string): Metadata {
  return { title: `${name} – ${messages.site.olderStories}`, robots: { index: false, follow: true }, alternates: { canonical: basePath } };
}

export function tagMetadata(tag: { name: string; slug: string }): Metadata {
  const title = messages.site.tagPage(tag.name);
  return page({ title, description: title, path: tagPath(tag.slug) });
}

export function authorMetadata(author: { name: string; slug: string; bio: string }): Metadata {
  const title = messages.site.authorPage(author.name);
  return page({ title, description: author.bio || title, path: authorPath(author.slug) });
}

/** A newsroom page: its own description, or its first words. */
export function sitePageMetadata(sitePage: { slug: string; topLevel: boolean; title: string; description: string; body: unknown }): Metadata {
  return page({ title: sitePage.title, description: describe(sitePage.description || docToPlainText(sitePage.body) || sitePage.title), path: sitePagePath(sitePage) });
}

/** The tip form. */
export function tipFormMetadata(): Metadata {
  return page({ title: messages.tips.pageTitle, description: describe(messages.tips.pageIntro), path: TIP_FORM_PATH });
}

export function articleMetadata(article: PublicArticle): Metadata {
  // The same rule as the editor's share preview (lib/site/share.ts).
  const { title, description, path, image } = storyShare({ ...article, sectionSlug: article.section.slug });
  // Facebook, Zalo and search show a 1200×630 crop around the focal point, not the original.
  const images = image ? [{ ...image, type: 'image/jpeg' }] : undefined;
  return {
    title,
    description,
    alternates: { canonical: path },
    authors: article.authors.map((a) => ({ name: a.name, url: authorPath(a.slug) })),
    openGraph: {
      type: 'article',
      title,
      description,
      url: path,
      locale: 'vi_VN',
      images,
      publishedTime: toIsoVietnam(article.publishedAt),
      modifiedTime: toIsoVietnam(article.updatedAt),
      section: article.section.name,
      tags: article.tags.map((t) => t.name),
    },
    twitter: { card: images ? 'summary_large_image' : 'summary', title, description, images: images?.map((i) => i.url) },
  };
}

/** schema.org NewsArticle for the story page. */
export function articleJsonLd(article: PublicArticle, settings: SiteSettings): Record<string, unknown> {
  const url = absoluteUrl(articlePath({ sectionSlug: article.section.slug, slug: article.slug }));
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    url,
    headline: article.title,
    description: describe(article.sapo),
    image: article.image ? [absoluteUrl(mediaPath(article.image.key)), ...(article.image.id ? [absoluteUrl(socialImagePath(article.image))] : [])] : [],
    datePublished: toIsoVietnam(article.publishedAt),
    dateModified: toIsoVietnam(article.updatedAt),
    articleSection: article.section.name,
    keywords: article.tags.map((t) => t.name).join(', '),
    inLanguage: 'vi',
    author: article.authors.length
      ? article.authors.map((a) => ({ '@type': 'Person', name: a.name, url: absoluteUrl(authorPath(a.slug)) }))
      : [{ '@type': 'Organization', name: settings.paperName }],
    creditText: article.creditLine || undefined,
    publisher: { '@type': 'NewsMediaOrganization', name: settings.paperName, url: absoluteUrl('/') },
  };
}
