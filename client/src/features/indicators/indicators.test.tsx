import { beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import { IndicatorsPanel } from './index.ts';
import { initialState, useStore } from '../../store/index.ts';
import type { IndicatorRow, Observation } from '../../api/types.ts';

const api = vi.hoisted(() => ({ indicators: vi.fn(), observations: vi.fn() }));
vi.mock('../../api/index.ts', async (importOriginal) => ({ ...(await importOriginal<object>()), ...api }));

const ROW: IndicatorRow = {
  id: 'ind-10',
  name: '高新技术企业数量',
  nameEn: 'Number of high-tech enterprises',
  unit: '家',
  value2020: 2109,
  target2025: 2600,
  tableRow: 10,
  group: null,
  attribute: null,
};

beforeEach(() => useStore.setState(initialState));

describe('IndicatorsPanel', () => {
  it('says where to add observed values when there are none, and lists no status', async () => {
    api.indicators.mockResolvedValue([ROW]);
    api.observations.mockResolvedValue([]);
    render(<IndicatorsPanel />);
    const hint = await screen.findByTestId('observations-hint');
    expect(hint.textContent).toContain('尚无观测值');
    expect(hint.textContent).toContain('seed/data/observations.yaml');
    expect(screen.queryByTestId('indicator-observations')).toBeNull();
    expect(screen.getByTestId('indicator-rate').textContent).toContain('4.27');
  });

  it('lists an indicator’s observations under its row with the status against the path', async () => {
    const seen: Observation[] = [
      { indicatorId: 'ind-10', year: 2023, value: 2300, unit: '家', source: 'a bulletin' },
      { indicatorId: 'ind-10', year: 2022, value: 2400, unit: '家', source: 'a bulletin' },
    ];
    api.indicators.mockResolvedValue([ROW]);
    api.observations.mockResolvedValue(seen);
    render(<IndicatorsPanel />);
    const list = await screen.findByTestId('indicator-observations');
    const items = within(list).getAllByRole('listitem');
    expect(items.map((li) => [li.dataset.year, li.dataset.status])).toEqual([
      ['2022', 'on-pace'],
      ['2023', 'behind'],
    ]);
    expect(screen.getByTestId('observations-hint').textContent).toContain('观测值来自');
  });
});
