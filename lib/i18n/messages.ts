import { passwordResetMessages } from './vi/account';
import { adminMessages } from './vi/admin';
import { articleMessages } from './vi/articles';
import { closedMessage, commentMessages } from './vi/comments';
import { editorAidMessages } from './vi/editor-aids';
import { embedMessages } from './vi/embeds';
import { errorMessages, notFoundMessages } from './vi/errors';
import { feedMessages } from './vi/feeds';
import { galleryMessages } from './vi/gallery';
// Plain JavaScript because the HTTP server (scripts/server.mjs, via lib/security/error-page.mjs)
// reads it without a build; that page is the one importer that must keep going to the file itself.
import { httpErrorMessages } from './vi/http-errors.mjs';
import { importMessages } from './vi/import';
import { mediaMessages } from './vi/media';
import { notificationMessages } from './vi/notifications';
import { setupMessages } from './vi/setup';
import { pageMessages } from './vi/pages';
import { tipMessages } from './vi/tips';
import { staffMessages } from './vi/staff';
import { taxonomyMessages } from './vi/taxonomy';
import { twoStepMessages } from './vi/two-step';

/**
 * Every string the site and the dashboard show a person. Vietnamese is the default;
 * a second language adds a sibling object of the same shape.
 */
export const vi = {
  site: {
    skipToContent: 'Bỏ qua, đến nội dung chính',
    mainNav: 'Chuyên mục',
    /** The footer's list of sections: a landmark of its own needs a name of its own. */
    footerSectionsNav: 'Tất cả chuyên mục',
    home: 'Trang chủ',
    search: 'Tìm kiếm',
    searchPlaceholder: 'Tìm bài viết…',
    searchSubmit: 'Tìm',
    menu: 'Mục lục',
    latestNews: 'Tin tức Mới',
    mostRead: 'Đọc nhiều',
    topStory: 'Tin nổi bật',
    latestHeading: 'Tin mới nhất',
    related: 'Tin liên quan',
    tagLabel: 'TAG:',
    olderStories: 'Xem tin cũ hơn',
    newestStories: 'Về trang đầu',
    noStories: 'Chưa có bài viết nào.',
    rss: 'RSS',
    corrections: 'Đính chính',
    correctionsPage: 'Đính chính và cải chính',
    correctionsIntro: 'Những nội dung tòa soạn đã đính chính, mới nhất trước.',
    noCorrections: 'Chưa có đính chính nào.',
    correctionNote: (date: string) => `Đính chính ngày ${date}`,
    writtenBy: 'Tác giả',
    share: {
      label: 'Chia sẻ bài viết',
      facebook: 'Facebook',
      zalo: 'Zalo',
      copy: 'Sao chép liên kết',
      copied: 'Đã sao chép liên kết vào bộ nhớ tạm.',
      copyFailed: 'Không sao chép được. Hãy sao chép địa chỉ trên thanh trình duyệt.',
      native: 'Chia sẻ…',
    },
    commentsHeading: 'Ý kiến của bạn',
    commentsSoon: 'Bạn đọc có thể gửi ý kiến về bài viết này.',
    sectionPage: (name: string) => `${name} – tin tức mới nhất`,
    tagPage: (name: string) => `Tin về ${name}`,
    authorPage: (name: string) => `Bài viết của ${name}`,
    page: (n: number) => `Trang ${n}`,
  },
  searchPage: {
    title: 'Tìm kiếm',
    label: 'Từ khóa',
    prompt: 'Nhập từ khóa để tìm bài viết, có thể gõ không dấu. Đặt cụm từ trong ngoặc kép để tìm đúng cụm từ đó.',
    resultsFor: (q: string) => `Kết quả tìm kiếm cho “${q}”`,
    none: (q: string) => `Không tìm thấy bài viết nào cho “${q}”. Hãy thử từ khóa khác hoặc ít từ hơn.`,
    more: 'Xem thêm kết quả',
    tooLong: 'Từ khóa quá dài nên chỉ phần đầu được dùng để tìm.',
    filters: 'Lọc kết quả',
    section: 'Chuyên mục',
    allSections: 'Tất cả chuyên mục',
    from: 'Từ ngày',
    to: 'Đến ngày',
    apply: 'Lọc',
    badDates: 'Khoảng ngày không hợp lệ (ngày không có thật, hoặc ngày kết thúc trước ngày bắt đầu) nên chưa được dùng. Hãy chọn lại ngày.',
  },
  notFound: notFoundMessages,
  error: errorMessages,
  footer: {
    pagesNav: 'Về tòa soạn',
    licence: 'Giấy phép',
    contact: 'Liên hệ',
    address: 'Địa chỉ',
    phone: 'Điện thoại',
    email: 'Email',
    copyright: (name: string) => `© ${name}. Ghi rõ nguồn khi phát hành lại thông tin từ website này.`,
  },
  auth: {
    signInTitle: 'Đăng nhập tòa soạn',
    email: 'Email',
    password: 'Mật khẩu',
    submit: 'Đăng nhập',
    submitting: 'Đang đăng nhập…',
    invalid: 'Email hoặc mật khẩu không đúng.',
    throttled: 'Bạn đã nhập sai quá nhiều lần. Vì an toàn, đăng nhập tạm khóa 15 phút; hãy thử lại sau.',
    signedOut: 'Phiên đăng nhập đã hết hạn. Hãy đăng nhập lại rồi thử lại.',
    forbidden: 'Tài khoản của bạn không có quyền làm việc này.',
    signOut: 'Đăng xuất',
  },
  passwordReset: passwordResetMessages,
  twoStep: twoStepMessages,
  admin: adminMessages,
  articles: articleMessages,
  editorAids: editorAidMessages,
  comments: { ...commentMessages, closed: closedMessage },
  embeds: embedMessages,
  feeds: feedMessages,
  gallery: galleryMessages,
  httpErrors: httpErrorMessages,
  importer: importMessages,
  media: mediaMessages,
  notifications: notificationMessages,
  setup: setupMessages,
  pages: pageMessages,
  tips: tipMessages,
  staff: staffMessages,
  taxonomy: taxonomyMessages,
  dates: {
    /** Sunday first, as Date.getDay() counts. */
    weekdays: ['Chủ Nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'],
  },
  validation: {
    fixFields: 'Vui lòng sửa các ô được đánh dấu rồi thử lại.',
    badId: 'Không tìm thấy mục này (mã không hợp lệ).',
    unexpected: 'Không lưu được do lỗi hệ thống. Nội dung của bạn vẫn còn trên trang; hãy thử lại sau ít phút.',
    required: (field: string) => `Vui lòng nhập ${field}.`,
    tooLong: (field: string, max: number) => `${field} dài quá ${max} ký tự.`,
  },
} as const;

export const messages = vi;
