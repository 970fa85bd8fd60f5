// Pages the server writes itself, before or outside React (lib/security/error-page.mjs).
// Plain JavaScript so that the HTTP server (scripts/server.mjs) can use them without a build.
// TypeScript code reads them as messages.httpErrors (lib/i18n/messages.ts).

export const httpErrorMessages = {
  siteName: 'Tòa soạn',
  home: 'Về trang chủ',
  pages: {
    400: { title: 'Địa chỉ không hợp lệ', body: 'Đường dẫn bạn mở có ký tự không hợp lệ. Hãy kiểm tra lại địa chỉ, hoặc về trang chủ để tìm bài viết.' },
    404: { title: 'Không tìm thấy trang', body: 'Trang bạn tìm không tồn tại, đã bị gỡ hoặc chưa được xuất bản.' },
    405: { title: 'Không mở được trang này', body: 'Trang này không mở được theo cách bạn vừa dùng. Hãy quay lại trang trước và thử lại.' },
    411: { title: 'Yêu cầu không hợp lệ', body: 'Yêu cầu không cho biết độ dài nội dung nên không được nhận. Hãy tải lại trang rồi thử lại.' },
    413: { title: 'Nội dung quá lớn', body: 'Nội dung bạn gửi vượt quá giới hạn cho phép. Hãy rút gọn rồi gửi lại.' },
    429: { title: 'Bạn thao tác quá nhanh', body: 'Bạn đã gửi quá nhiều yêu cầu trong thời gian ngắn. Vui lòng đợi một lát rồi thử lại.' },
    503: { title: 'Tìm kiếm đang bận', body: 'Có quá nhiều lượt tìm kiếm cùng lúc. Vui lòng thử lại sau ít giây.' },
    500: { title: 'Đã có lỗi xảy ra', body: 'Xin lỗi, trang này tạm thời không hiển thị được. Vui lòng thử lại sau ít phút.' },
  },
  signInError: 'Đăng nhập không thành công. Hãy nhập lại email và mật khẩu.',
};
