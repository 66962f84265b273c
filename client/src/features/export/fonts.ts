/**
 * Font subsetting in the browser (see docs/adr/0005-export-font-subsetting.md). The page loads Noto Sans SC as
 * @fontsource's unicode-range pieces; for an export we fetch the WOFF pieces that cover the characters drawn,
 * copy exactly those glyphs into one new OpenType font per weight (opentype.js), and embed that.
 */
import * as opentypeNs from 'opentype.js';
import type { Font as OtFont, Glyph as OtGlyph } from 'opentype.js';
import { fetchAsset } from '../../api/index.ts';
import { EMBEDDED_FAMILY, type EmbeddedFont } from './svg.ts';

// The ESM build has named exports; the CommonJS build (tests under Node) only a default.
const opentype = (opentypeNs as unknown as { parse?: unknown }).parse
  ? opentypeNs
  : (opentypeNs as unknown as { default: typeof opentypeNs }).default;

export type FaceSource = { weight: number; ranges: [number, number][]; url: string };

/** "U+4e00-4e0f, U+20??" → code point ranges. */
export function parseUnicodeRange(value: string): [number, number][] {
  return value
    .split(',')
    .map((part) => part.trim().replace(/^u\+/i, ''))
    .filter(Boolean)
    .map((part): [number, number] => {
      if (part.includes('?')) return [parseInt(part.replace(/\?/g, '0'), 16), parseInt(part.replace(/\?/g, 'f'), 16)];
      const [a, b] = part.split('-');
      return [parseInt(a!, 16), parseInt(b ?? a!, 16)];
    });
}

/** The page's Noto Sans SC faces (from the bundled @fontsource CSS), with the URL of each piece's WOFF file. */
export function pageFaces(doc: Document = document): FaceSource[] {
  const out: FaceSource[] = [];
  for (const sheet of Array.from(doc.styleSheets)) {
    let rules: CSSRuleList;
    try {
      rules = sheet.cssRules;
    } catch {
      continue;
    }
    for (const rule of Array.from(rules)) {
      if (!(rule instanceof CSSFontFaceRule)) continue;
      const style = rule.style;
      if (!/noto sans sc/i.test(style.getPropertyValue('font-family'))) continue;
      const src = style.getPropertyValue('src');
      // The WOFF (zlib) piece: opentype.js reads WOFF, not WOFF2.
      const urls = [...src.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)].map((m) => m[1]!);
      const woff = urls.find(
        (u) =>
          /\.woff(\?|#|$)/.test(u) || u.startsWith('data:font/woff;') || u.startsWith('data:application/font-woff'),
      );
      if (!woff) continue;
      const base = sheet.href ?? doc.baseURI;
      out.push({
        weight: Number(style.getPropertyValue('font-weight')) || 400,
        ranges: parseUnicodeRange(style.getPropertyValue('unicode-range') || 'U+0-10FFFF'),
        url: new URL(woff, base).href,
      });
    }
  }
  return out;
}

const parsed = new Map<string, Promise<OtFont>>();

function loadFace(url: string): Promise<OtFont> {
  let p = parsed.get(url);
  if (!p) {
    p = fetchAsset(url)
      .catch((error: Error) => {
        throw new Error(`font ${error.message}`);
      })
      .then((buf) => woffToSfnt(buf))
      .then((buf) => opentype.parse(buf));
    parsed.set(url, p);
    p.catch(() => parsed.delete(url));
  }
  return p;
}

async function inflate(data: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([data as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/**
 * WOFF 1.0 → plain sfnt, with the platform's zlib (DecompressionStream): opentype.js's own inflater rejects some of
 * the @fontsource pieces ("Data error").
 */
export async function woffToSfnt(buf: ArrayBuffer): Promise<ArrayBuffer> {
  const view = new DataView(buf);
  if (view.getUint32(0) !== 0x774f4646) return buf; // not 'wOFF': already an sfnt
  const numTables = view.getUint16(12);
  const tables: { tag: number; checksum: number; data: Uint8Array }[] = [];
  for (let i = 0; i < numTables; i++) {
    const rec = 44 + 20 * i;
    const offset = view.getUint32(rec + 4);
    const compLength = view.getUint32(rec + 8);
    const origLength = view.getUint32(rec + 12);
    const raw = new Uint8Array(buf, offset, compLength);
    const data = compLength < origLength ? await inflate(raw) : raw.slice();
    tables.push({ tag: view.getUint32(rec), checksum: view.getUint32(rec + 16), data });
  }
  const headerSize = 12 + 16 * numTables;
  const total = tables.reduce((n, t) => n + Math.ceil(t.data.length / 4) * 4, headerSize);
  const out = new Uint8Array(total);
  const ov = new DataView(out.buffer);
  ov.setUint32(0, view.getUint32(4));
  ov.setUint16(4, numTables);
  const pow = 2 ** Math.floor(Math.log2(numTables));
  ov.setUint16(6, pow * 16);
  ov.setUint16(8, Math.log2(pow));
  ov.setUint16(10, numTables * 16 - pow * 16);
  let at = headerSize;
  tables.forEach((t, i) => {
    const rec = 12 + 16 * i;
    ov.setUint32(rec, t.tag);
    ov.setUint32(rec + 4, t.checksum);
    ov.setUint32(rec + 8, at);
    ov.setUint32(rec + 12, t.data.length);
    out.set(t.data, at);
    at += Math.ceil(t.data.length / 4) * 4;
  });
  return out.buffer;
}

/** A fixed date (2021-01-01) for the font's head table: the same characters give the same bytes. */
const FIXED_TIME = 1609459200;

/** Sets head.created/modified to a fixed time and recomputes the checksums opentype.js wrote. */
export function fixFontTimestamps(buf: ArrayBuffer, seconds = FIXED_TIME): ArrayBuffer {
  const view = new DataView(buf);
  const numTables = view.getUint16(4);
  const sum = (offset: number, length: number) => {
    let s = 0;
    const padded = Math.ceil(length / 4) * 4;
    for (let i = 0; i < padded; i += 4) {
      let word = 0;
      for (let k = 0; k < 4; k++)
        word = (word << 8) | (offset + i + k < buf.byteLength && i + k < length ? view.getUint8(offset + i + k) : 0);
      s = (s + (word >>> 0)) >>> 0;
    }
    return s;
  };
  for (let t = 0; t < numTables; t++) {
    const rec = 12 + 16 * t;
    const tag = String.fromCharCode(...[0, 1, 2, 3].map((k) => view.getUint8(rec + k)));
    if (tag !== 'head') continue;
    const off = view.getUint32(rec + 8);
    const len = view.getUint32(rec + 12);
    const mac = seconds + 2082844800;
    for (const at of [off + 20, off + 28]) {
      view.setUint32(at, Math.floor(mac / 2 ** 32));
      view.setUint32(at + 4, mac >>> 0);
    }
    view.setUint32(off + 8, 0);
    view.setUint32(rec + 4, sum(off, len));
    const total = sum(0, buf.byteLength);
    view.setUint32(off + 8, (0xb1b0afba - total) >>> 0);
  }
  return buf;
}

function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

export type SubsetFont = EmbeddedFont & { bytes: Uint8Array; glyphs: number };

/** One OpenType font holding the glyphs of `chars` at one weight, gathered from the pieces that cover them. */
export async function subsetFont(
  chars: string,
  weight: 400 | 700,
  faces: FaceSource[] = pageFaces(),
): Promise<SubsetFont | null> {
  const atWeight = faces.filter((f) => f.weight === weight);
  const pool = atWeight.length ? atWeight : faces;
  const wanted = [...new Set([...chars])].filter((ch) => ch.trim()).sort();
  const byUrl = new Map<string, string[]>();
  for (const ch of wanted) {
    const cp = ch.codePointAt(0)!;
    const face = pool.find((f) => f.ranges.some(([a, b]) => cp >= a && cp <= b));
    if (!face) continue;
    byUrl.set(face.url, [...(byUrl.get(face.url) ?? []), ch]);
  }
  if (byUrl.size === 0) return null;
  const glyphs = new Map<number, OtGlyph>();
  let metrics: OtFont | null = null;
  let spaceWidth = 0;
  for (const [url, list] of [...byUrl].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const font = await loadFace(url);
    metrics ??= font;
    if (font.hasChar(' ')) spaceWidth = font.charToGlyph(' ').advanceWidth ?? spaceWidth;
    for (const ch of list) {
      if (!font.hasChar(ch)) continue;
      const g = font.charToGlyph(ch);
      const cp = ch.codePointAt(0)!;
      glyphs.set(
        cp,
        new opentype.Glyph({
          name: `uni${cp.toString(16).toUpperCase()}`,
          unicode: cp,
          advanceWidth: g.advanceWidth ?? 1000,
          path: g.path,
        }),
      );
    }
  }
  if (!metrics || glyphs.size === 0) return null;
  const notdef = new opentype.Glyph({ name: '.notdef', advanceWidth: 500, path: new opentype.Path() });
  const space = new opentype.Glyph({
    name: 'space',
    unicode: 32,
    advanceWidth: spaceWidth || 224,
    path: new opentype.Path(),
  });
  const font = new opentype.Font({
    familyName: EMBEDDED_FAMILY,
    styleName: weight === 700 ? 'Bold' : 'Regular',
    unitsPerEm: metrics.unitsPerEm,
    ascender: metrics.ascender,
    descender: metrics.descender,
    weightClass: weight,
    createdTimestamp: FIXED_TIME,
    glyphs: [notdef, space, ...[...glyphs].sort(([a], [b]) => a - b).map(([, g]) => g)],
  });
  const bytes = new Uint8Array(fixFontTimestamps(font.toArrayBuffer()));
  return { family: EMBEDDED_FAMILY, weight, mime: 'font/otf', base64: toBase64(bytes), bytes, glyphs: glyphs.size };
}

/** Subsets for the characters drawn at each weight. */
export async function subsetFonts(chars: Record<400 | 700, string>, faces?: FaceSource[]): Promise<SubsetFont[]> {
  const out: SubsetFont[] = [];
  for (const weight of [400, 700] as const) {
    if (!chars[weight]) continue;
    const f = await subsetFont(chars[weight], weight, faces);
    if (f) out.push(f);
  }
  return out;
}
