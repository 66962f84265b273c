import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { DetailsPanel, SourceViewer, splitAroundQuote } from './index.ts';
import { initialState, useStore } from '../../store/index.ts';
import { node, SUB } from '../../test/fixtures.ts';

const sourceText = vi.hoisted(() => vi.fn());
vi.mock('../../api/index.ts', async (importOriginal) => ({ ...(await importOriginal<object>()), sourceText }));

beforeEach(() => useStore.setState(initialState));

describe('splitAroundQuote', () => {
  it('uses the offsets, and falls back to searching', () => {
    expect(splitAroundQuote('甲乙丙丁', 10, { quote: '乙丙', start: 11, end: 13 })).toEqual({
      before: '甲',
      match: '乙丙',
      after: '丁',
    });
    expect(splitAroundQuote('甲乙丙丁', 0, { quote: '丙丁', start: 99, end: 101 })).toEqual({
      before: '甲乙',
      match: '丙丁',
      after: '',
    });
    expect(splitAroundQuote('甲乙丙丁', 0, { quote: '戊', start: 0, end: 1 })).toBeNull();
  });
});

describe('DetailsPanel', () => {
  it('shows the selected node in both languages and opens a quote in the source viewer', async () => {
    sourceText.mockResolvedValue({
      id: 'sec-4',
      title: '四、强化战略创新平台建设',
      titleEn: null,
      path: [],
      children: [],
      spans: [],
      nodes: [],
      text: '前文。全力支持打造呼吸领域广州实验室。后文',
      start: 97,
      end: 120,
    });
    useStore.getState().actions.setGraph(SUB);
    useStore.getState().actions.select({ kind: 'node', id: 'guangzhou-laboratory' });
    render(
      <>
        <DetailsPanel />
        <SourceViewer />
      </>,
    );
    const panel = screen.getByTestId('details-panel');
    expect(panel.textContent).toContain('广州实验室');
    expect(panel.textContent).toContain('呼吸领域广州实验室');
    fireEvent.click(screen.getByTestId('provenance-quote'));
    const viewer = await screen.findByTestId('source-viewer');
    await waitFor(() => expect(viewer.querySelector('mark')?.textContent).toBe('全力支持打造呼吸领域广州实验室'));
    expect(sourceText).toHaveBeenCalledWith('sec-4');
  });

  it("names the cited section in the view's language", () => {
    useStore.getState().actions.setGraph(SUB);
    useStore.getState().actions.select({ kind: 'node', id: 'guangzhou-laboratory' });
    useStore.getState().actions.setLanguage('en');
    render(<DetailsPanel />);
    expect(screen.getByTestId('provenance-quote').textContent).toContain(
      '4. Strengthening Strategic Innovation Platforms',
    );
  });

  it('shows an indicator as 2020 value → 2025 target', () => {
    const ind = node('ind-10', 'Indicator', '高新技术企业数量', 'High-tech enterprises', {
      properties: { unit: '家', value2020: 2000, target2025: 3000 },
    });
    useStore.getState().actions.setGraph({ nodes: [ind], edges: [], truncated: false });
    useStore.getState().actions.select({ kind: 'node', id: 'ind-10' });
    render(<DetailsPanel />);
    const text = screen.getByTestId('details-panel').textContent ?? '';
    expect(text).toContain('2,000 家');
    expect(text).toContain('3,000 家');
  });

  it('gives an indicator in English units, with its properties and kind named, in English', () => {
    const ind = node('ind-07', 'Indicator', '技术合同成交额', 'Technology contract turnover', {
      kind: 'table-row',
      properties: { unit: '亿元', value2020: 619, target2025: 800, attribute: '预期性', tier: 'sub-industry' },
    });
    useStore.getState().actions.setGraph({ nodes: [ind], edges: [], truncated: false });
    useStore.getState().actions.select({ kind: 'node', id: 'ind-07' });
    useStore.getState().actions.setLanguage('en');
    render(<DetailsPanel />);
    const text = screen.getByTestId('details-panel').textContent ?? '';
    expect(text).toContain('61.9 billion yuan');
    expect(text).toContain('80 billion yuan');
    expect(text).toContain('Indicative');
    expect(text).toContain('Level in the industry tree');
    expect(text).toContain('Table row');
    expect(text).not.toMatch(/亿元|预期性|\btier\b|table-row|sub-industry/);
  });

  it('shows a text-issue note in the reader’s language', () => {
    const garbled = node('mingluo-equipment', 'Enterprise', '明装备', 'Mingluo Equipment', {
      textIssue: 'Written 明装备; evidently 明珞装备 (lost 珞).',
      textIssueZh: '原文作“明装备”,应为“明珞装备”(脱“珞”字)。',
    });
    useStore.getState().actions.setGraph({ nodes: [garbled], edges: [], truncated: false });
    useStore.getState().actions.select({ kind: 'node', id: 'mingluo-equipment' });
    const { unmount } = render(<DetailsPanel />);
    const zh = screen.getByRole('note').textContent ?? '';
    expect(zh).toContain('原文作“明装备”,应为“明珞装备”(脱“珞”字)。');
    expect(zh).not.toMatch(/Written|英文/);
    unmount();
    useStore.getState().actions.setLanguage('en');
    render(<DetailsPanel />);
    const en = screen.getByRole('note').textContent ?? '';
    expect(en).toContain('Written 明装备; evidently 明珞装备 (lost 珞).');
    expect(en).not.toContain('原文作');
  });

  it('shows a selected edge with its relationship named, and its ends', () => {
    useStore.getState().actions.setGraph(SUB);
    useStore.getState().actions.select({ kind: 'edge', id: 'LEADS:zhong-nanshan:guangzhou-laboratory' });
    render(<DetailsPanel />);
    const text = screen.getByTestId('details-panel').textContent ?? '';
    expect(text).not.toContain('LEADS');
    expect(text).toContain('钟南山');
    expect(text).toContain('牵头');
  });
});
