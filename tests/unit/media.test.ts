import { describe, expect, it } from 'vitest';
import { mediaDetailsSchema, mediaTextSchema } from '@/lib/media/fields';
import { sniffImageFormat } from '@/lib/media/sniff';
import { variantSrc, variantSrcSet, variantWidthsFor } from '@/lib/media/variants';

const bytes = (...parts: (number[] | string)[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : p)));

describe('sniffImageFormat', () => {
  it('knows the four accepted formats by their first bytes', () => {
    expect(sniffImageFormat(bytes([0xff, 0xd8, 0xff, 0xe1]))).toBe('jpeg');
    expect(sniffImageFormat(bytes([0x89], 'PNG', [0x0d, 0x0a, 0x1a, 0x0a]))).toBe('png');
    expect(sniffImageFormat(bytes('RIFF', [0, 0, 0, 0], 'WEBPVP8 '))).toBe('webp');
    expect(sniffImageFormat(bytes([0, 0, 0, 0x1c], 'ftypavif', [0, 0, 0, 0], 'avifmif1miaf'))).toBe('avif');
    expect(sniffImageFormat(bytes([0, 0, 0, 0x1c], 'ftypmif1', [0, 0, 0, 0], 'mif1avifmiaf'))).toBe('avif');
  });

  it('refuses everything else, whatever it is called', () => {
    expect(sniffImageFormat(bytes('GIF89a'))).toBeNull();
    expect(sniffImageFormat(bytes('<svg xmlns="http://www.w3.org/2000/svg">'))).toBeNull();
    expect(sniffImageFormat(bytes('%PDF-1.7'))).toBeNull();
    expect(sniffImageFormat(bytes([0, 0, 0, 0x18], 'ftypheic', [0, 0, 0, 0], 'mif1heic'))).toBeNull();
    expect(sniffImageFormat(bytes('RIFF', [0, 0, 0, 0], 'WAVEfmt '))).toBeNull();
    expect(sniffImageFormat(new Uint8Array())).toBeNull();
  });
});

describe('variants', () => {
  it('never makes a copy wider than the original', () => {
    expect(variantWidthsFor(4000)).toEqual([320, 640, 1024, 1600]);
    expect(variantWidthsFor(1600)).toEqual([320, 640, 1024, 1600]);
    expect(variantWidthsFor(1200)).toEqual([320, 640, 1024, 1200]);
    expect(variantWidthsFor(320)).toEqual([320]);
    expect(variantWidthsFor(100)).toEqual([100]);
  });

  it('builds srcset and picks the narrowest copy wide enough', () => {
    const image = {
      key: 'uploads/a.jpg',
      variants: [
        { width: 640, height: 480, key: 'uploads/a-640.webp', mime: 'image/webp' },
        { width: 320, height: 240, key: 'uploads/a-320.webp', mime: 'image/webp' },
      ],
    };
    expect(variantSrcSet(image.variants)).toBe('/media/uploads/a-320.webp 320w, /media/uploads/a-640.webp 640w');
    expect(variantSrc(image, 300)).toBe('/media/uploads/a-320.webp');
    expect(variantSrc(image, 1000)).toBe('/media/uploads/a-640.webp');
    expect(variantSrc({ key: 'uploads/b.png', variants: [] }, 300)).toBe('/media/uploads/b.png');
  });
});

describe('media details', () => {
  it('trims, normalises and bounds the text fields', () => {
    expect(mediaTextSchema.parse({})).toEqual({ alt: '', caption: '', credit: '' });
    const decomposed = 'Ha\u0300 No\u0323\u0302i';
    expect(mediaTextSchema.parse({ alt: `  ${decomposed}\u0007 ` }).alt).toBe('Hà Nội');
    expect(mediaTextSchema.safeParse({ credit: 'x'.repeat(201) }).success).toBe(false);
  });

  it('keeps the focal point inside the picture', () => {
    const ok = { id: 1, alt: '', caption: '', credit: '', focalX: 0, focalY: 1 };
    expect(mediaDetailsSchema.safeParse(ok).success).toBe(true);
    expect(mediaDetailsSchema.safeParse({ ...ok, focalX: 1.01 }).success).toBe(false);
    expect(mediaDetailsSchema.safeParse({ ...ok, focalY: Number.NaN }).success).toBe(false);
  });
});
