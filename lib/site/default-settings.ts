import type { SiteSettings } from './settings';

/**
 * The publisher's own particulars until an admin edits them in Cài đặt: content the
 * settings form stores, not interface wording (so it lives outside lib/i18n).
 */
export const defaultSiteSettings: SiteSettings = {
  paperName: 'Báo Vĩnh Phúc Mới',
  tagline: 'Tin tức, thời sự tỉnh Vĩnh Phúc',
  governingAgency: 'Cơ quan của Đảng bộ tỉnh Vĩnh Phúc',
  licence: 'Giấy phép số 123/GP-BTTTT ngày 15/03/2021 của Bộ Thông tin và Truyền thông',
  editorInChief: 'Tổng Biên tập: Nguyễn Văn Minh',
  address: 'Số 6 đường Nguyễn Trãi, phường Đống Đa, thành phố Vĩnh Yên, tỉnh Vĩnh Phúc',
  phone: '0211 3862 123',
  email: 'toasoan@baovinhphucmoi.vn',
};
