/** The story editor's aids: counts, length hints and the share preview (lib/articles/reading.ts, lib/site/share-preview.ts). */
export const editorAidMessages = {
  /** Under the body: `1.234 chữ · 6 phút đọc`; the numbers come formatted. */
  bodyStats: (words: string, minutes: number) => (minutes ? `${words} chữ · ${minutes} phút đọc` : `${words} chữ`),
  /** Under a field: `68/70 ký tự`. */
  characters: (count: string, max: string) => `${count}/${max} ký tự`,
  /** Advice when a field is outside its usual length; saving still works. */
  hints: {
    title: {
      short: 'Tiêu đề hơi ngắn: dưới 30 ký tự thường chưa nói đủ tin.',
      long: 'Tiêu đề dài hơn 70 ký tự: Google và Facebook sẽ cắt bớt phần cuối. Vẫn lưu được.',
    },
    sapo: {
      short: 'Sapo hơi ngắn: khoảng 120–200 ký tự là vừa để tóm được tin.',
      long: 'Sapo dài hơn 200 ký tự: Google chỉ hiện khoảng 155 ký tự đầu. Vẫn lưu được.',
    },
    seoTitle: {
      short: 'Tiêu đề SEO hơi ngắn: dưới 30 ký tự thường chưa nói đủ tin.',
      long: 'Tiêu đề SEO dài hơn 70 ký tự: Google sẽ cắt bớt phần cuối.',
    },
    seoDescription: {
      short: 'Mô tả SEO hơi ngắn: khoảng 70–160 ký tự là vừa.',
      long: 'Mô tả SEO dài hơn 160 ký tự: Google chỉ hiện khoảng 155 ký tự đầu.',
    },
  },
  preview: {
    heading: 'Xem trước khi chia sẻ',
    intro: 'Bài viết sẽ hiện ra như thế này trên Google, Facebook và Zalo, theo nội dung đang soạn.',
    google: 'Kết quả trên Google',
    social: 'Thẻ chia sẻ trên Facebook, Zalo',
    noTitle: 'Chưa có tiêu đề',
    noDescription: 'Chưa có mô tả: hãy viết sapo.',
    noImage: 'Chưa có ảnh đại diện nên thẻ chia sẻ không có ảnh. Hãy chọn ảnh đại diện.',
    /** The address's section part before a section is chosen. */
    noSection: 'chuyen-muc',
  },
} as const;
