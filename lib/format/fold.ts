/**
 * Folds Vietnamese text for accent-free matching: "Đảng Hùng Vương" → "dang hung vuong".
 * The same function folds stored text and queries, so both sides always agree.
 */
export function foldVietnamese(input: string): string {
  return input
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();
}
