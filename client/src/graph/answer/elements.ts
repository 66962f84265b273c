/**
 * An answer view as canvas elements with preset positions. Labels carry their computed line breaks and the
 * font size the layout assumed (`answer` class: fixed size, no degree scaling), so the drawing matches the plan.
 */
import type { AnswerView } from './answerView.ts';

export type AnswerElement =
  | {
      group: 'nodes';
      data: { id: string; label: string; type: string; name: string; degree: number; fontPx: number; size: number };
      classes: string;
    }
  | {
      group: 'edges';
      data: { id: string; source: string; target: string; type: string; label: string };
      classes: string;
    };

export function answerElements(
  view: AnswerView,
  options: { root?: string | null; names?: ReadonlyMap<string, string> } = {},
): { elements: AnswerElement[]; positions: Record<string, { x: number; y: number }> } {
  const positions: Record<string, { x: number; y: number }> = {};
  const elements: AnswerElement[] = [];
  for (const n of view.nodes) {
    positions[n.id] = { x: n.x, y: n.y };
    elements.push({
      group: 'nodes',
      data: {
        id: n.id,
        label: n.lines.join('\n'),
        type: n.label,
        name: options.names?.get(n.id) ?? n.lines.join(''),
        degree: 0,
        fontPx: n.fontPx,
        size: n.size,
      },
      classes: [
        'answer',
        `label-${n.label}`,
        n.kind === 'group' ? 'answer-group' : '',
        n.id === options.root ? 'answer-root' : '',
      ]
        .filter(Boolean)
        .join(' '),
    });
  }
  for (const e of view.edges)
    elements.push({
      group: 'edges',
      data: { id: e.id, source: e.source, target: e.target, type: e.type, label: e.caption },
      classes: `answer-edge rel-${e.type}${e.members ? ' answer-group-edge' : ''}`,
    });
  return { elements, positions };
}
