// opentype.js 2 ships without types; the little the font subsetter uses.
declare module 'opentype.js' {
  export class Path {
    commands: unknown[];
  }
  export class Glyph {
    constructor(options: { name: string; unicode?: number; advanceWidth: number; path: Path });
    index: number;
    advanceWidth?: number;
    path: Path;
  }
  export class Font {
    constructor(options: {
      familyName: string;
      styleName: string;
      unitsPerEm: number;
      ascender: number;
      descender: number;
      glyphs: Glyph[];
      weightClass?: number;
      createdTimestamp?: number;
    });
    unitsPerEm: number;
    ascender: number;
    descender: number;
    charToGlyph(ch: string): Glyph;
    hasChar(ch: string): boolean;
    toArrayBuffer(): ArrayBuffer;
  }
  export function parse(buffer: ArrayBuffer): Font;
}
