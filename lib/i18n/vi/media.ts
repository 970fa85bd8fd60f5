/** Media library strings (owned by the media library work). */
export const mediaMessages = {
  fileNotFound: 'Không tìm thấy tệp.',
  title: 'Thư viện ảnh',
  intro: 'Tải ảnh lên một lần, dùng lại cho nhiều bài. Mỗi ảnh cần có mô tả (alt) cho người đọc bằng trình đọc màn hình.',

  // Fields
  file: 'Tệp ảnh',
  fileHint: 'JPEG, PNG, WebP hoặc AVIF, tối đa 20 MB. Thông tin vị trí (GPS) trong ảnh sẽ được xóa.',
  alt: 'Mô tả ảnh (alt)',
  altHint: 'Tả ngắn gọn nội dung ảnh cho người không xem được ảnh.',
  caption: 'Chú thích',
  credit: 'Nguồn ảnh',
  creditHint: 'Ví dụ: Ảnh: Ngô Tuấn Anh',
  focalPoint: 'Điểm trọng tâm',
  focalHint: 'Bấm vào ảnh để chọn điểm quan trọng nhất; khi ảnh bị cắt cho vừa khung, điểm này luôn được giữ lại.',
  focalImage: 'Ảnh – bấm để chọn điểm trọng tâm, hoặc dùng phím mũi tên',
  focalX: 'Ngang (0 = trái, 1 = phải)',
  focalY: 'Dọc (0 = trên, 1 = dưới)',
  focalPreview: 'Xem trước khi ảnh được cắt vuông và cắt ngang:',

  // Upload
  uploadHeading: 'Tải ảnh lên',
  upload: 'Tải lên',
  uploading: (percent: number) => `Đang tải lên… ${percent}%`,
  processing: 'Đang xử lý ảnh…',
  uploadProgress: 'Tiến độ tải lên',
  uploaded: 'Đã tải ảnh lên.',
  duplicate: 'Ảnh này đã có trong thư viện; dùng lại ảnh cũ.',
  editUploaded: 'Nhập mô tả, chú thích cho ảnh vừa tải',
  noFile: 'Hãy chọn một tệp ảnh để tải lên.',

  // Refusals: say what happened and what to do
  notImage: 'Tệp không phải ảnh JPEG, PNG, WebP hay AVIF. Hãy chọn một tệp ảnh khác.',
  tooLarge: 'Ảnh lớn hơn 20 MB. Hãy giảm kích thước ảnh (ví dụ xuất lại với chất lượng thấp hơn) rồi tải lên lại.',
  empty: 'Tệp rỗng. Hãy chọn lại tệp ảnh.',
  tooSmall: 'Ảnh quá nhỏ (cần ít nhất 16 × 16 điểm ảnh). Hãy chọn ảnh lớn hơn.',
  tooManyPixels: 'Ảnh có kích thước quá lớn (tối đa 16.000 điểm ảnh mỗi chiều, 80 triệu điểm ảnh). Hãy thu nhỏ ảnh rồi tải lên lại.',
  unreadable: 'Không đọc được ảnh: tệp có thể bị hỏng hoặc tải chưa hết. Hãy mở ảnh trên máy để kiểm tra rồi tải lên lại.',
  network: 'Mất kết nối khi tải lên. Hãy kiểm tra mạng rồi thử lại.',
  failed: 'Không tải được ảnh do lỗi hệ thống. Chưa có gì được lưu; hãy thử lại sau ít phút.',
  badRequest: 'Yêu cầu tải lên không hợp lệ. Hãy tải lại trang rồi thử lại.',
  crossSite: 'Yêu cầu không đến từ trang tòa soạn nên đã bị từ chối.',

  // Browse
  searchLabel: 'Tìm ảnh',
  searchPlaceholder: 'Mô tả, chú thích, nguồn ảnh… (có thể gõ không dấu)',
  resultsFor: (q: string) => `Ảnh khớp với “${q}”`,
  showAll: 'Xem tất cả ảnh',
  none: 'Chưa có ảnh nào.',
  noneFor: (q: string) => `Không tìm thấy ảnh nào cho “${q}”. Hãy thử từ khóa khác.`,
  more: 'Xem thêm',
  loadingMore: 'Đang tải…',
  loadFailed: 'Không tải được danh sách ảnh. Hãy thử lại.',
  noAlt: 'Chưa có mô tả',
  edit: 'Sửa',
  editLabel: (alt: string) => `Sửa ảnh: ${alt}`,
  listLabel: 'Danh sách ảnh',

  // Details
  detailsTitle: 'Thông tin ảnh',
  backToLibrary: '← Thư viện ảnh',
  save: 'Lưu thông tin ảnh',
  saving: 'Đang lưu…',
  saved: 'Đã lưu thông tin ảnh.',
  notFound: 'Không tìm thấy ảnh này. Có thể đường dẫn đã sai.',
  readOnly: 'Bạn chỉ xem được ảnh này: phóng viên chỉ sửa được thông tin ảnh do mình tải lên và chưa dùng trong bài đã đăng. Cần sửa, hãy nhờ biên tập viên.',
  detailsLabel: 'Mô tả, chú thích và nguồn ảnh',
  emptyDetail: 'Chưa có',
  fileInfo: 'Tệp',
  dimensions: (w: number, h: number) => `${w} × ${h} điểm ảnh`,
  size: (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`),
  uploadedAt: 'Ngày tải lên',
  variants: 'Các cỡ ảnh',
  original: 'Ảnh gốc',
  address: 'Địa chỉ ảnh',

  // Picker
  pickerTitle: 'Chọn ảnh',
  pickerClose: 'Đóng',
  pick: (alt: string) => `Chọn ảnh: ${alt}`,
  pickerUpload: 'Hoặc tải ảnh mới',

  // Validation
  field: {
    alt: 'Mô tả ảnh',
    caption: 'Chú thích',
    credit: 'Nguồn ảnh',
    focal: 'Điểm trọng tâm phải nằm trong khoảng từ 0 đến 1.',
  },
} as const;
