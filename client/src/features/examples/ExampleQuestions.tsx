import { useEffect, useState } from 'react';
import * as api from '../../api/index.ts';
import { displayName } from '../../graph/index.ts';
import { guarded, openPathAnswer, traceNode } from '../../operations/index.ts';
import { useStore } from '../../store/index.ts';
import type { GraphNode } from '../../api/types.ts';
import { useT } from '../language/index.ts';
import { EXAMPLE_QUESTIONS, questionEntities, questionKey, questionText, type ExampleQuestion } from './examples.ts';

const ENTITY_IDS = [...new Set(EXAMPLE_QUESTIONS.flatMap(questionEntities))];

function run(q: ExampleQuestion): void {
  if (q.kind === 'trace') void traceNode(q.id, 'UPSTREAM').catch(() => {});
  else if (q.kind === 'paths') void openPathAnswer(q.from, q.to, 1).catch(() => {});
  else useStore.getState().actions.openPanel('insights');
}

/**
 * Three example questions over the first view (and an empty canvas) that run when clicked. A question whose
 * entities the graph lacks is left out. Dismissed, it stays away until the page is reloaded. It marks itself an
 * obstacle, so the canvas lays out and fits the drawing below it.
 */
export function ExampleQuestions() {
  const t = useT();
  const language = useStore((s) => s.language);
  const showing = useStore(
    (s) =>
      s.status === 'ready' && ((s.answer?.kind === 'first' && s.answer.graph === s.graph) || s.graph.nodes.size === 0),
  );
  const [dismissed, setDismissed] = useState(false);
  const [entities, setEntities] = useState<GraphNode[] | null>(null);
  useEffect(() => {
    let live = true;
    guarded(() => api.subgraph(ENTITY_IDS))
      .then((sub) => live && setEntities(sub.nodes))
      .catch(() => live && setEntities([]));
    return () => {
      live = false;
    };
  }, []);
  if (dismissed || !showing || !entities) return null;
  const names = new Map(entities.map((n) => [n.id, displayName(n, language)]));
  const questions = EXAMPLE_QUESTIONS.map((q) => ({ q, text: questionText(q, names, language) })).filter(
    (x): x is { q: ExampleQuestion; text: string } => x.text !== null,
  );
  return (
    <section className="examples" aria-label={t('examplesTitle')} data-testid="examples" data-canvas-obstacle="">
      <span className="examples-title">{t('examplesTitle')}</span>
      {questions.map(({ q, text }) => (
        <button
          key={questionKey(q)}
          type="button"
          className="example"
          data-testid={`example-${q.kind}`}
          onClick={() => run(q)}
        >
          {text}
        </button>
      ))}
      <button
        type="button"
        className="examples-dismiss"
        data-testid="examples-dismiss"
        aria-label={t('examplesDismiss')}
        title={t('examplesDismiss')}
        onClick={() => setDismissed(true)}
      >
        ×
      </button>
    </section>
  );
}
