const integer = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 });

/** A count as Vietnamese readers write it: 1.204, 12.500. */
export function formatCount(value: number): string {
  return integer.format(value);
}
