/** Video embeds and tables: the editor's tools and what readers see (issue 10). */
export const embedMessages = {
  providers: { youtube: 'YouTube', facebook: 'Facebook', tiktok: 'TikTok' },
  /** The title an embed starts with; the editor may change it. */
  defaultTitle: { youtube: 'Video YouTube', facebook: 'Video Facebook', facebookPost: 'Bài đăng Facebook', tiktok: 'Video TikTok' },

  // Editor
  insert: 'Nhúng video',
  dialogTitle: 'Nhúng video hoặc bài đăng',
  address: 'Địa chỉ video',
  addressHint: 'Dán địa chỉ một video YouTube, một video hoặc bài đăng Facebook, hoặc một video TikTok. Mẹo: dán địa chỉ vào một dòng trống của nội dung cũng nhúng được ngay.',
  confirm: 'Nhúng',
  cancel: 'Hủy',
  required: 'Hãy dán địa chỉ video vào ô trên.',
  refused:
    'Không nhúng được địa chỉ này. Chỉ nhận video YouTube, video hoặc bài đăng Facebook và video TikTok, ví dụ https://www.youtube.com/watch?v=… Hãy kiểm tra lại địa chỉ.',
  nodeLabel: (provider: string) => `Nội dung nhúng từ ${provider}`,
  nodeTitle: 'Tiêu đề bạn đọc thấy',
  nodeAddress: 'Địa chỉ gốc',
  noThumb: 'Chưa có ảnh đại diện: bạn đọc thấy khung nền có tên nguồn và nút phát.',
  thumbAlt: (provider: string) => `Ảnh đại diện video ${provider}`,

  // Reader
  /** Read (not shown) before the title on the poster's button: "Phát video: <title>". */
  play: 'Phát video:',
  openPost: 'Xem bài đăng:',
  watchOn: (provider: string) => `Xem trên ${provider}`,

  table: {
    tools: 'Bảng',
    insert: 'Chèn bảng',
    addRow: 'Thêm hàng',
    addColumn: 'Thêm cột',
    deleteRow: 'Xóa hàng',
    deleteColumn: 'Xóa cột',
    headerRow: 'Hàng tiêu đề',
    deleteTable: 'Xóa bảng',
    /** The reader's scrollable box around a table, named after its first row. */
    region: (summary: string) => (summary ? `Bảng: ${summary}` : 'Bảng'),
  },
} as const;
