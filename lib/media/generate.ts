import 'server-only';
import sharp from 'sharp';

/*
 * Demo photographs, drawn locally (nothing is downloaded): a sky, hills, fields and a few
 * buildings or figures, in one of several palettes, so demo pages look like a newspaper's.
 */

type Palette = { sky: [string, string]; far: string; near: string; ground: string; accent: string };

const PALETTES: Palette[] = [
  { sky: ['#8fc1e8', '#e8f3fb'], far: '#7d9fb3', near: '#4f7a52', ground: '#8bb174', accent: '#c0392b' },
  { sky: ['#f6c58f', '#fbe9d4'], far: '#b98b73', near: '#6b705c', ground: '#a5a58d', accent: '#d62828' },
  { sky: ['#a3b8cc', '#dde6ee'], far: '#8895a7', near: '#52616b', ground: '#c9d6df', accent: '#f4a261' },
  { sky: ['#9fd3c7', '#ecf8f5'], far: '#6a994e', near: '#386641', ground: '#a7c957', accent: '#bc4749' },
  { sky: ['#ffd6a5', '#fff4e6'], far: '#cb997e', near: '#6d597a', ground: '#b5838d', accent: '#e63946' },
  { sky: ['#bde0fe', '#f1f8ff'], far: '#8ecae6', near: '#219ebc', ground: '#90be6d', accent: '#fb8500' },
];

function rng(seed: number) {
  let s = seed >>> 0 || 1;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function scene(seed: number, width: number, height: number): string {
  const r = rng(seed);
  const p = PALETTES[seed % PALETTES.length]!;
  const horizon = height * (0.45 + r() * 0.15);
  const hills = Array.from({ length: 5 }, (_, i) => {
    const x = (i / 4) * width + (r() - 0.5) * 120;
    const h = 60 + r() * 140;
    return `<ellipse cx="${x.toFixed(0)}" cy="${(horizon + 20).toFixed(0)}" rx="${(180 + r() * 160).toFixed(0)}" ry="${h.toFixed(0)}" fill="${p.far}" opacity="0.85"/>`;
  }).join('');
  const buildings = Array.from({ length: 6 + Math.floor(r() * 6) }, () => {
    const w = 40 + r() * 90;
    const h = 50 + r() * 160;
    const x = r() * (width - w);
    const y = horizon + 30 - h;
    const roof = `<polygon points="${x - 6},${y} ${x + w / 2},${y - 26 - r() * 20} ${x + w + 6},${y}" fill="${p.accent}" opacity="0.9"/>`;
    const windows = Array.from({ length: 3 }, (_, k) =>
      `<rect x="${(x + 8 + k * (w / 3)).toFixed(0)}" y="${(y + 14).toFixed(0)}" width="${(w / 5).toFixed(0)}" height="14" fill="#fdf6e3" opacity="0.8"/>`,
    ).join('');
    return `<rect x="${x.toFixed(0)}" y="${y.toFixed(0)}" width="${w.toFixed(0)}" height="${(h + 10).toFixed(0)}" fill="#f1e3c8" stroke="#8d7b68" stroke-width="2"/>${roof}${windows}`;
  }).join('');
  const people = Array.from({ length: 4 + Math.floor(r() * 8) }, () => {
    const x = r() * width;
    const y = horizon + 70 + r() * (height - horizon - 110);
    const s = 0.7 + r() * 0.8;
    const shirt = ['#1d3557', '#e63946', '#f1faee', '#2a9d8f', '#264653'][Math.floor(r() * 5)];
    return `<g transform="translate(${x.toFixed(0)},${y.toFixed(0)}) scale(${s.toFixed(2)})"><circle cx="0" cy="-46" r="11" fill="#e0b48a"/><rect x="-12" y="-34" width="24" height="38" rx="8" fill="${shirt}"/><rect x="-10" y="4" width="8" height="28" fill="#333"/><rect x="2" y="4" width="8" height="28" fill="#333"/></g>`;
  }).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
<defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${p.sky[0]}"/><stop offset="1" stop-color="${p.sky[1]}"/></linearGradient></defs>
<rect width="${width}" height="${height}" fill="url(#sky)"/>
<circle cx="${(width * (0.15 + r() * 0.7)).toFixed(0)}" cy="${(height * 0.16).toFixed(0)}" r="${(30 + r() * 30).toFixed(0)}" fill="#fff7d6" opacity="0.9"/>
${hills}
<rect y="${(horizon + 20).toFixed(0)}" width="${width}" height="${height}" fill="${p.ground}"/>
<ellipse cx="${(width / 2).toFixed(0)}" cy="${height}" rx="${width}" ry="${((height - horizon) * 0.55).toFixed(0)}" fill="${p.near}" opacity="0.6"/>
${buildings}${people}
</svg>`;
}

/** A JPEG "photograph" for demo content; the same seed always draws the same picture. */
export async function drawDemoPhoto(seed: number, width = 1200, height = 800): Promise<Buffer> {
  return sharp(Buffer.from(scene(seed, width, height))).jpeg({ quality: 78, mozjpeg: true }).toBuffer();
}
