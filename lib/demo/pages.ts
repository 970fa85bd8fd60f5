import 'server-only';
import { seedPage } from '@/db/queries/pages';
import type { RichTextNode } from '@/db/schema/articles';
import { TIP_FORM_PATH } from '../site/routes';

/* The demo newsroom's own pages, published and in the footer menu: content, not interface. */

type Inline = { text: string; href?: string; bold?: boolean };

function paragraph(...parts: (string | Inline)[]): RichTextNode {
  return {
    type: 'paragraph',
    content: parts.map((part) => {
      const p = typeof part === 'string' ? { text: part } : part;
      const marks = [...(p.bold ? [{ type: 'bold' }] : []), ...(p.href ? [{ type: 'link', attrs: { href: p.href } }] : [])];
      return { type: 'text', text: p.text, ...(marks.length ? { marks } : {}) };
    }),
  };
}

const heading = (text: string): RichTextNode => ({ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text }] });
const doc = (...content: RichTextNode[]): RichTextNode => ({ type: 'doc', content });

const DEMO_PAGES = [
  {
    slug: 'gioi-thieu',
    title: 'Giới thiệu',
    description: 'Báo điện tử của tỉnh: cơ quan chủ quản, tôn chỉ mục đích và bộ máy tòa soạn.',
    body: doc(
      paragraph('Báo điện tử là cơ quan ngôn luận của Đảng bộ, chính quyền và là diễn đàn của Nhân dân trong tỉnh, hoạt động theo Luật Báo chí năm 2016.'),
      heading('Tôn chỉ, mục đích'),
      paragraph('Thông tin kịp thời, chính xác về đời sống chính trị, kinh tế, văn hóa, xã hội của địa phương và cả nước; phản ánh tâm tư, nguyện vọng của bạn đọc.'),
      heading('Tòa soạn'),
      paragraph('Tòa soạn gồm các ban Thời sự, Xây dựng Đảng, Kinh tế, Văn hóa – Xã hội, Bạn đọc và ban Điện tử, làm việc liên tục để cập nhật tin tức hằng ngày.'),
    ),
  },
  {
    slug: 'lien-he',
    title: 'Liên hệ',
    description: 'Địa chỉ, điện thoại, email của tòa soạn và cách gửi tin, bài, ảnh cho báo.',
    body: doc(
      paragraph('Tòa soạn luôn mong nhận được thông tin, ý kiến và tin bài cộng tác của bạn đọc.'),
      heading('Gửi tin cho tòa soạn'),
      paragraph('Bạn chứng kiến một sự việc hoặc có tư liệu, hình ảnh muốn tòa soạn biết? Hãy dùng mẫu ', { text: 'Gửi tin cho tòa soạn', href: TIP_FORM_PATH }, '. Thông tin người gửi được giữ kín.'),
      heading('Quảng cáo'),
      paragraph('Liên hệ quảng cáo và hợp tác truyền thông: Phòng Trị sự – Quảng cáo, trong giờ hành chính các ngày làm việc.'),
    ),
  },
  {
    slug: 'dieu-khoan-su-dung',
    title: 'Điều khoản sử dụng',
    description: 'Quy định sử dụng nội dung, gửi ý kiến và bảo vệ thông tin cá nhân của bạn đọc.',
    body: doc(
      heading('Bản quyền nội dung'),
      paragraph('Nội dung trên báo thuộc bản quyền của tòa soạn. Khi phát hành lại thông tin từ website này, vui lòng ghi rõ nguồn.'),
      heading('Ý kiến bạn đọc'),
      paragraph('Ý kiến được tòa soạn duyệt trước khi đăng. Tòa soạn không đăng ý kiến vi phạm pháp luật, xúc phạm cá nhân, tổ chức hoặc mang tính quảng cáo.'),
      heading('Thông tin cá nhân'),
      paragraph('Email, số điện thoại của bạn đọc chỉ dùng để tòa soạn liên hệ khi cần và ', { text: 'không bao giờ được công bố', bold: true }, '.'),
    ),
  },
];

/** Adds the demo pages whose slugs are still free; returns how many were added. */
export async function seedDemoPages(): Promise<number> {
  let added = 0;
  for (const [i, page] of DEMO_PAGES.entries()) {
    if (await seedPage({ ...page, published: true, topLevel: false, inMenu: true, menuPosition: (i + 1) * 10 })) added++;
  }
  return added;
}
