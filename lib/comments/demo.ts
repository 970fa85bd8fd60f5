import 'server-only';
import { seedStoryComments } from '@/db/queries/comments';

/** A few approved readers' comments for the demo, the reference story first. */
export async function seedDemoComments(slugs: string[]): Promise<number> {
  const [reference, ...others] = slugs;
  let inserted = 0;
  if (reference) {
    inserted += await seedStoryComments({
      slug: reference,
      rows: [
        {
          name: 'Nguyễn Thị Lan',
          email: 'lan.nguyen@example.vn',
          body: 'Tổ dân phố 6 làm rất tốt việc họp bàn kế hoạch.\nMong các chi bộ khác cũng học tập cách làm này.',
          minutesAfter: 95,
        },
        { name: 'Trần Văn Hùng', email: 'hung.tv@example.vn', body: 'Cho hỏi kế hoạch phát triển đảng viên năm nay của phường là bao nhiêu người ạ?', minutesAfter: 180 },
        { name: 'Lê Minh', email: 'leminh@example.vn', body: 'Đồng tình với ý kiến của chị Lan, cách làm rất thiết thực.', replyToIndex: 0, minutesAfter: 240 },
      ],
    });
  }
  for (const slug of others) {
    inserted += await seedStoryComments({
      slug,
      rows: [{ name: 'Phạm Quốc Bảo', email: 'bao.pq@example.vn', body: 'Thông tin rất hữu ích, cảm ơn tòa soạn đã đưa tin kịp thời.', minutesAfter: 30 }],
    });
  }
  return inserted;
}
