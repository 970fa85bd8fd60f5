import type { NotificationData, NotificationKind } from '@/db/schema/notifications';

const story = (d: NotificationData) => `“${d.title ?? ''}”`;

/** The bell, its list, and the email sent for each event (issue 9). */
export const notificationMessages = {
  bell: 'Thông báo',
  bellUnread: (n: number) => `Thông báo, ${n} chưa đọc`,
  title: 'Thông báo',
  intro: 'Những việc đang chờ bạn và tin về bài của bạn. Mở trang này là đánh dấu đã đọc.',
  none: 'Chưa có thông báo nào.',
  unread: 'Mới',
  open: 'Mở bài',
  openComments: 'Mở hàng chờ bình luận',
  emailLabel: 'Nhận thông báo qua email',
  emailHint: 'Các thông báo trong tòa soạn cũng được gửi tới email của bạn (khi tòa soạn đã cấu hình gửi email).',
  emailHeading: 'Thông báo',
  emailSave: 'Lưu',
  emailSaved: (on: boolean) => (on ? 'Bạn sẽ nhận thông báo qua email.' : 'Bạn sẽ không nhận thông báo qua email nữa.'),
  /** One sentence per event, in the list and as the email's first line. */
  sentence: (kind: NotificationKind, d: NotificationData): string => {
    switch (kind) {
      case 'submitted':
        return `${d.actor ?? 'Một phóng viên'} gửi duyệt bài ${story(d)}.`;
      case 'returned':
        return `${d.actor ?? 'Biên tập viên'} trả lại bài ${story(d)}. Lý do: ${d.reason ?? ''}`;
      case 'published':
        return `${d.actor ?? 'Biên tập viên'} đã xuất bản bài ${story(d)}.`;
      case 'scheduled':
        return `${d.actor ?? 'Biên tập viên'} đã lên lịch đăng bài ${story(d)} lúc ${d.at ?? ''}.`;
      case 'note':
        return `${d.actor ?? 'Một đồng nghiệp'} ghi chú trên bài ${story(d)}: ${d.reason ?? ''}`;
      case 'comments':
        return `Có ${d.count ?? 0} bình luận đang chờ duyệt.`;
    }
  },
  mailSubject: (kind: NotificationKind, d: NotificationData): string =>
    ({
      submitted: `Bài chờ duyệt: ${d.title ?? ''}`,
      returned: `Bài bị trả lại: ${d.title ?? ''}`,
      published: `Bài đã xuất bản: ${d.title ?? ''}`,
      scheduled: `Bài đã lên lịch: ${d.title ?? ''}`,
      note: `Ghi chú mới trên bài: ${d.title ?? ''}`,
      comments: `${d.count ?? 0} bình luận đang chờ duyệt`,
    })[kind],
  mailBody: (name: string, sentence: string, link: string) =>
    [`Chào ${name},`, '', sentence, '', `Mở trong tòa soạn: ${link}`, '', 'Bạn có thể tắt thông báo qua email trong “Tài khoản của tôi”.'].join('\n'),
};
