/**
 * The error and not-found pages. A module of its own because app/error.tsx is a client component
 * that every page loads: importing the whole of messages.ts there put every string of the site and
 * the dashboard (about 60 KB) into each reader page's scripts.
 */
export const notFoundMessages = {
  title: 'Không tìm thấy trang',
  body: 'Trang bạn tìm không tồn tại, đã bị gỡ hoặc chưa được xuất bản.',
  home: 'Về trang chủ',
  search: 'Tìm bài viết',
};

export const errorMessages = {
  title: 'Đã có lỗi xảy ra',
  body: 'Xin lỗi, trang này tạm thời không hiển thị được. Vui lòng thử lại sau ít phút.',
  retry: 'Thử lại',
};
