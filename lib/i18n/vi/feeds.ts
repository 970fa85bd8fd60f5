/** Words of the feeds' settings, in the dashboard. */
export const feedMessages = {
  title: 'Nguồn tin RSS',
  intro: 'Các trang tin và ứng dụng đọc tin lấy bài qua RSS của toàn báo, từng chuyên mục, thẻ và tác giả.',
  fullText: 'Đưa toàn văn bài viết vào RSS (nếu bỏ chọn, RSS chỉ có sapo và đường dẫn)',
  saved: 'Đã lưu cài đặt RSS.',
} as const;
