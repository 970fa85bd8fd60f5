import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { argValue } from './cli';

// npm run bench:import [-- --posts 10000 --comments 3]
// Writes a WXR export of that many published posts (Vietnamese text in classic and block
// markup, a nested category tree, tags, authors, each post with its comments and one reply),
// then imports it into a fresh database: a PGlite folder in a temporary directory, or, with
// DATABASE_URL, a database created beside it and dropped afterwards. Prints the time taken.
// No photos: it measures the importer and the database, not sharp.

const posts = Number(argValue('posts') ?? 10_000);
const perPost = Number(argValue('comments') ?? 3);
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-bench-import-'));
const file = path.join(work, 'export.xml');

const cdata = (text: string) => `<![CDATA[${text.replaceAll(']]>', ']]]]><![CDATA[>')}]]>`;
const pad = (n: number) => String(n).padStart(2, '0');

function writeExport() {
  const out = fs.createWriteStream(file);
  const lines: string[] = [
    '<?xml version="1.0" encoding="UTF-8" ?>',
    '<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wfw="http://wellformedweb.org/CommentAPI/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">',
    '<channel><title>Báo Thử</title><link>https://baothu.example</link><wp:wxr_version>1.2</wp:wxr_version><wp:base_site_url>https://baothu.example</wp:base_site_url><wp:base_blog_url>https://baothu.example</wp:base_blog_url>',
  ];
  for (let a = 1; a <= 10; a++) {
    lines.push(`<wp:author><wp:author_id>${a}</wp:author_id><wp:author_login>${cdata(`tacgia${a}`)}</wp:author_login><wp:author_email>${cdata(`tacgia${a}@baothu.example`)}</wp:author_email><wp:author_display_name>${cdata(`Phóng viên Số ${a}`)}</wp:author_display_name></wp:author>`);
  }
  for (let c = 1; c <= 20; c++) {
    const parent = c > 5 ? `chuyen-muc-${((c - 1) % 5) + 1}` : '';
    lines.push(`<wp:category><wp:term_id>${c}</wp:term_id><wp:category_nicename>${cdata(`chuyen-muc-${c}`)}</wp:category_nicename><wp:category_parent>${cdata(parent)}</wp:category_parent><wp:cat_name>${cdata(`Chuyên mục ${c}`)}</wp:cat_name></wp:category>`);
  }
  for (let t = 1; t <= 50; t++) lines.push(`<wp:tag><wp:term_id>${100 + t}</wp:term_id><wp:tag_slug>${cdata(`the-${t}`)}</wp:tag_slug><wp:tag_name>${cdata(`Thẻ ${t}`)}</wp:tag_name></wp:tag>`);
  out.write(lines.join('\n') + '\n');
  let commentId = 1;
  for (let p = 1; p <= posts; p++) {
    const day = new Date(Date.UTC(2020, 0, 1) + p * 3_600_000);
    const stamp = `${day.getUTCFullYear()}-${pad(day.getUTCMonth() + 1)}-${pad(day.getUTCDate())} ${pad(day.getUTCHours())}:00:00`;
    const slug = `bai-viet-thu-nghiem-so-${p}`;
    const body =
      p % 2
        ? `Đoạn mở đầu của bài số ${p}, kể về <strong>đời sống</strong> ở địa phương.\n\nĐoạn thứ hai với <a href="https://baothu.example/bai-khac/">một liên kết</a>.\n\n<ul>\n<li>Ý thứ nhất</li>\n<li>Ý thứ hai</li>\n</ul>`
        : `<!-- wp:paragraph -->\n<p>Đoạn mở đầu của bài số ${p}.</p>\n<!-- /wp:paragraph -->\n\n<!-- wp:heading -->\n<h2 class="wp-block-heading">Tiêu đề phụ</h2>\n<!-- /wp:heading -->\n\n<!-- wp:quote -->\n<blockquote class="wp-block-quote"><!-- wp:paragraph -->\n<p>Lời trích dẫn.</p>\n<!-- /wp:paragraph --></blockquote>\n<!-- /wp:quote -->`;
    const comments: string[] = [];
    const first = commentId;
    for (let k = 0; k < perPost; k++) {
      const id = commentId++;
      comments.push(
        `<wp:comment><wp:comment_id>${id}</wp:comment_id><wp:comment_author>${cdata(`Bạn đọc ${k + 1}`)}</wp:comment_author><wp:comment_author_email>${cdata(`ban${k}@example.com`)}</wp:comment_author_email><wp:comment_date>${cdata(stamp)}</wp:comment_date><wp:comment_date_gmt>${cdata(stamp)}</wp:comment_date_gmt><wp:comment_content>${cdata(`Ý kiến số ${k + 1} về bài ${p}.`)}</wp:comment_content><wp:comment_approved>${cdata(k === perPost - 1 && k > 1 ? '0' : '1')}</wp:comment_approved><wp:comment_type>${cdata('comment')}</wp:comment_type><wp:comment_parent>${k === 1 ? first : 0}</wp:comment_parent></wp:comment>`,
      );
    }
    out.write(
      `<item><title>${cdata(`Bài viết thử nghiệm số ${p} về đời sống địa phương`)}</title><link>https://baothu.example/${stamp.slice(0, 10).replaceAll('-', '/')}/${slug}/</link>` +
        `<dc:creator>${cdata(`tacgia${(p % 10) + 1}`)}</dc:creator><guid isPermaLink="false">https://baothu.example/?p=${p + 1000}</guid>` +
        `<content:encoded>${cdata(body)}</content:encoded><excerpt:encoded>${cdata(`Tóm tắt của bài số ${p}.`)}</excerpt:encoded>` +
        `<wp:post_id>${p + 1000}</wp:post_id><wp:post_date>${cdata(stamp)}</wp:post_date><wp:post_date_gmt>${cdata(stamp)}</wp:post_date_gmt>` +
        `<wp:post_name>${cdata(slug)}</wp:post_name><wp:status>${cdata('publish')}</wp:status><wp:post_type>${cdata('post')}</wp:post_type>` +
        `<category domain="category" nicename="chuyen-muc-${(p % 20) + 1}">${cdata(`Chuyên mục ${(p % 20) + 1}`)}</category>` +
        `<category domain="post_tag" nicename="the-${(p % 50) + 1}">${cdata(`Thẻ ${(p % 50) + 1}`)}</category>` +
        `${comments.join('')}</item>\n`,
    );
  }
  out.end('</channel></rss>\n');
  return new Promise<void>((resolve) => out.on('finish', () => resolve()));
}

async function main() {
  await writeExport();
  const size = fs.statSync(file).size;
  let dropDatabase: (() => Promise<void>) | null = null;
  if (process.env.DATABASE_URL) {
    const { default: postgres } = await import('postgres');
    const admin = postgres(process.env.DATABASE_URL, { max: 1, onnotice: () => {} });
    const name = `newsroom_bench_import_${process.pid}`;
    await admin.unsafe(`create database ${name}`);
    const url = new URL(process.env.DATABASE_URL);
    url.pathname = `/${name}`;
    process.env.DATABASE_URL = url.toString();
    dropDatabase = async () => {
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    };
  } else process.env.NEWSROOM_DATA_DIR = path.join(work, 'data');
  const { closeDb, currentEngine } = await import('@/db/client');
  const { migrate } = await import('@/db/migrate');
  const { importWordPress } = await import('@/lib/import/wordpress/importer');
  await migrate();
  console.log(`bench:import — ${posts} posts, ${posts * perPost} comments, ${(size / 1e6).toFixed(1)} MB WXR, ${currentEngine()}, ${os.cpus().length} cores, load ${os.loadavg().map((n) => n.toFixed(1)).join(' ')}`);
  const started = performance.now();
  const rss: number[] = [];
  const summary = await importWordPress({
    file,
    onProgress: (done) => {
      if (done % 1000 === 0) {
        rss.push(process.memoryUsage().rss);
        console.log(`  ${done} items, ${((performance.now() - started) / 1000).toFixed(1)} s, rss ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`);
      }
    },
  });
  const seconds = (performance.now() - started) / 1000;
  const again = performance.now();
  const second = await importWordPress({ file });
  console.log(`imported ${summary.counts.posts.imported} posts and ${summary.counts.comments.imported} comments in ${seconds.toFixed(1)} s (${(summary.counts.posts.imported / seconds).toFixed(0)} posts/s); peak rss ${(Math.max(...rss, 0) / 1e6).toFixed(0)} MB`);
  console.log(`second run: ${second.counts.posts.unchanged} unchanged, ${second.counts.posts.imported} imported, in ${((performance.now() - again) / 1000).toFixed(1)} s; load ${os.loadavg().map((n) => n.toFixed(1)).join(' ')}`);
  await closeDb();
  await dropDatabase?.();
  fs.rmSync(work, { recursive: true, force: true });
}

main().catch((error) => {
  console.error('bench:import failed', error);
  fs.rmSync(work, { recursive: true, force: true });
  process.exitCode = 1;
});
