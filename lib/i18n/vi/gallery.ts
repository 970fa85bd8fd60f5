/** Photo galleries and figures edited in place: the editor's nodes, the multi-photo picker and the readers' viewer. */
export const galleryMessages = {
  insertGallery: 'Chèn bộ ảnh',
  // The picker in its several-photos mode.
  pickerTitle: 'Chọn ảnh cho bộ ảnh',
  selected: (n: number) => (n ? `Đã chọn ${n} ảnh, theo thứ tự bấm chọn.` : 'Bấm vào ảnh để chọn; bấm lần nữa để bỏ chọn.'),
  confirm: (n: number) => (n ? `Chèn ${n} ảnh` : 'Chèn ảnh'),
  // The gallery node in the editor.
  nodeLabel: (n: number) => `Bộ ảnh (${n} ảnh)`,
  item: (i: number, n: number) => `Ảnh ${i} / ${n}`,
  earlier: 'Lên trước',
  later: 'Ra sau',
  remove: 'Bỏ ảnh này',
  addPhotos: 'Thêm ảnh',
  empty: 'Bộ ảnh chưa có ảnh nào. Bấm “Thêm ảnh” để chọn từ thư viện, hoặc xóa khối này.',
  tooMany: (max: number) => `Một bộ ảnh có tối đa ${max} ảnh; các ảnh thừa chưa được thêm.`,
  // A photo's text for this placement (figure or gallery photo).
  caption: 'Chú thích',
  credit: 'Nguồn ảnh',
  alt: 'Mô tả ảnh (alt)',
  altHint: 'Cho người không xem được ảnh: ảnh cho thấy gì.',
  useLibrary: 'Dùng chữ của thư viện',
  libraryLoading: 'Đang lấy chữ của thư viện…',
  libraryDone: 'Đã dùng mô tả, chú thích và nguồn ảnh của thư viện.',
  libraryFailed: 'Không lấy được chữ của thư viện (ảnh có thể đã bị xóa, hoặc mạng lỗi). Chữ ở đây không đổi.',
  noAlt: '⚠ thiếu mô tả ảnh',
  // Readers.
  readerLabel: (n: number) => `Bộ ảnh, ${n} ảnh`,
  counter: (i: number, n: number) => `${i}/${n}`,
  open: (i: number, n: number, alt: string) => `Xem ảnh ${i}/${n} cỡ lớn${alt ? `: ${alt}` : ''}`,
  viewer: 'Xem ảnh cỡ lớn',
  previous: 'Ảnh trước',
  next: 'Ảnh sau',
  close: 'Đóng',
} as const;
