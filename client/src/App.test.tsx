import { beforeEach, describe, expect, it, vi } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import { ApiError } from './api/index.ts';
import { initialState, useStore } from './store/index.ts';

const neighborhood = vi.hoisted(() => vi.fn());
const stats = vi.hoisted(() => vi.fn());
// A graph without the strategic clusters: the first view falls back to the best-connected entities (none here).
const centrality = vi.hoisted(() => vi.fn(async () => []));
const subgraph = vi.hoisted(() => vi.fn(async () => ({ nodes: [], edges: [], truncated: false })));
vi.mock('./api/index.ts', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  neighborhood,
  stats,
  centrality,
  subgraph,
}));
// GraphiQL (Monaco) does not run in jsdom; the route is covered end to end.
vi.mock('./features/graphiql/index.ts', () => ({ GraphiQLPage: () => <div>graphiql</div> }));

const { App } = await import('./App.tsx');

beforeEach(() => {
  useStore.setState(initialState);
  neighborhood.mockReset();
});

describe('App', () => {
  it('routes /graphiql to GraphiQL', async () => {
    render(<App pathname="/graphiql" />);
    expect(await screen.findByText('graphiql')).toBeTruthy();
  });

  it('shows the unavailable banner, retries, and recovers by itself', async () => {
    vi.useFakeTimers();
    try {
      neighborhood.mockRejectedValueOnce(new ApiError('unavailable', 'down', 'SERVICE_UNAVAILABLE'));
      neighborhood.mockResolvedValue({ nodes: [], edges: [], truncated: false });
      render(<App pathname="/" />);
      await act(async () => {
        await vi.advanceTimersByTimeAsync(10);
      });
      expect(screen.getByRole('alert').textContent).toContain('数据库暂不可用 / The graph database is unavailable');
      await act(async () => {
        await vi.advanceTimersByTimeAsync(4100);
      });
      expect(neighborhood).toHaveBeenCalledTimes(2);
      expect(screen.queryByRole('alert')).toBeNull();
      expect(useStore.getState().status).toBe('ready');
    } finally {
      vi.useRealTimers();
    }
  });
});
