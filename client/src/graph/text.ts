import type { GraphNode } from '../api/types.ts';
import type { Language } from './model.ts';

const CJK = /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]/;
/** Punctuation that must not start a line (避头点): it stays with the preceding character. */
const NO_LINE_START = /[,，。、:：;；)）”’》」』!！?？·]/;

export function isCjk(ch: string): boolean {
  return CJK.test(ch);
}

/**
 * Inserts line breaks into CJK text every `width` characters. Cytoscape's `text-wrap: wrap` only breaks at
 * spaces, so a long Chinese name would otherwise be one wide line. Latin runs count half a CJK character
 * and existing spaces/newlines reset the count (Cytoscape wraps those itself).
 */
export function wrapCjk(text: string, width = 8): string {
  const chars = [...text];
  if (!chars.some(isCjk)) return text;
  let out = '';
  let used = 0;
  chars.forEach((ch, i) => {
    if (ch === '\n') {
      out += ch;
      used = 0;
      return;
    }
    const next = chars[i + 1];
    out += ch;
    used += isCjk(ch) ? 1 : 0.5;
    if (ch === ' ' && used >= width / 2) {
      out = out.slice(0, -1) + '\n';
      used = 0;
      return;
    }
    if (used >= width && next !== undefined && next !== '\n' && !NO_LINE_START.test(next)) {
      out += '\n';
      used = 0;
    }
  });
  return out;
}

/** The node's name in the chosen language, falling back to Chinese when there is no English name. */
export function displayName(node: Pick<GraphNode, 'name' | 'nameEn'>, language: Language): string {
  return language === 'en' ? (node.nameEn ?? node.name) : node.name;
}
