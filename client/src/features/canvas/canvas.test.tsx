import { beforeEach, describe, expect, it } from 'vitest';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { GraphCanvas } from './GraphCanvas.tsx';
import { Legend } from '../legend/index.ts';
import { initialState, useStore } from '../../store/index.ts';
import { SUB } from '../../test/fixtures.ts';

beforeEach(() => useStore.setState(initialState));

describe('GraphCanvas', () => {
  it('reports the visible element counts and follows the legend filter', () => {
    render(
      <>
        <GraphCanvas />
        <Legend />
      </>,
    );
    const canvas = screen.getByTestId('graph-canvas');
    expect(canvas.dataset.nodeCount).toBe('0');
    act(() => useStore.getState().actions.setGraph(SUB));
    expect(canvas.dataset.nodeCount).toBe('4');
    expect(canvas.dataset.edgeCount).toBe('2');
    fireEvent.click(document.querySelector('button[data-label="Person"]')!);
    expect(useStore.getState().hiddenLabels).toEqual(['Person']);
    expect(canvas.dataset.nodeCount).toBe('3');
    expect(canvas.dataset.edgeCount).toBe('1');
  });

  it('shows the empty state once loaded with nothing to draw', () => {
    render(<GraphCanvas />);
    act(() => useStore.getState().actions.setStatus('ready'));
    expect(screen.getByText(/画布为空/)).toBeTruthy();
  });
});
