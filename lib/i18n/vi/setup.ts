/** The one-time page that creates a deployment's first admin (see lib/auth/first-admin.ts). */
export const setupMessages = {
  title: 'Tạo tài khoản quản trị đầu tiên',
  intro: 'Tòa soạn chưa có quản trị viên. Tài khoản tạo ở đây có toàn quyền; trang này chỉ dùng được một lần.',
  name: 'Họ tên',
  email: 'Email',
  password: 'Mật khẩu (ít nhất 10 ký tự)',
  submit: 'Tạo tài khoản quản trị',
  submitting: 'Đang tạo…',
  invalid: 'Thông tin chưa hợp lệ, hãy sửa các ô được đánh dấu.',
  closed: 'Liên kết này không còn dùng được: tòa soạn đã có quản trị viên. Hãy đăng nhập tại /admin.',
  failed: 'Không tạo được tài khoản do lỗi máy chủ hoặc cơ sở dữ liệu. Chưa có gì được lưu; hãy thử lại sau ít phút.',
} as const;
