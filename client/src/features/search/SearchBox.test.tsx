import { beforeEach, describe, expect, it, vi } from 'vitest';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { SearchBox } from './SearchBox.tsx';
import { initialState, useStore } from '../../store/index.ts';
import { LAB, ZHONG } from '../../test/fixtures.ts';
import type { SearchHit } from '../../api/types.ts';
import { SEARCH_TEXT_MAX } from '@plangraph/shared';

const search = vi.hoisted(() => vi.fn());
vi.mock('../../api/index.ts', async (importOriginal) => ({ ...(await importOriginal<object>()), search }));

const HITS: SearchHit[] = [
  { node: LAB, score: 1000, matchedField: 'name', matchedText: '广州实验室' },
  { node: ZHONG, score: 150, matchedField: 'alias', matchedText: '钟院士' },
];
/** Full-text hits on some characters only: below WEAK_MATCH_SCORE. */
const WEAK: SearchHit[] = [
  { node: LAB, score: 40, matchedField: 'name', matchedText: '广州实验室' },
  { node: ZHONG, score: 20, matchedField: 'name', matchedText: '钟南山' },
];

beforeEach(() => {
  useStore.setState(initialState);
  search.mockReset();
  search.mockResolvedValue(HITS);
});

async function typeAndWait(text: string) {
  vi.useFakeTimers();
  fireEvent.change(screen.getByTestId('search-input'), { target: { value: text } });
  await act(async () => {
    await vi.advanceTimersByTimeAsync(300);
  });
  vi.useRealTimers();
}

describe('SearchBox', () => {
  it('debounces, then lists hits with a label badge', async () => {
    render(<SearchBox onChoose={() => {}} />);
    await typeAndWait('广州');
    expect(search).toHaveBeenCalledTimes(1);
    expect(search.mock.calls[0]?.[0]).toBe('广州');
    const hits = screen.getAllByTestId('search-hit');
    expect(hits).toHaveLength(2);
    expect(hits[0]?.textContent).toContain('广州实验室');
    expect(hits[0]?.textContent).toContain('机构');
    expect(hits[1]?.textContent).toContain('钟院士');
  });

  it('chooses with the keyboard', async () => {
    const onChoose = vi.fn();
    render(<SearchBox onChoose={onChoose} />);
    await typeAndWait('广州');
    const input = screen.getByTestId('search-input');
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(onChoose).toHaveBeenCalledWith(HITS[1]);
  });

  it('chooses with the mouse and shows English names in English', async () => {
    useStore.getState().actions.setLanguage('en');
    const onChoose = vi.fn();
    render(<SearchBox onChoose={onChoose} />);
    await typeAndWait('Guangzhou');
    const [first] = screen.getAllByTestId('search-hit');
    expect(first?.textContent).toContain('Guangzhou Laboratory');
    expect(first?.textContent).toContain('Institution');
    fireEvent.mouseDown(first!);
    expect(onChoose).toHaveBeenCalledWith(HITS[0]);
  });

  it('says so when nothing matches', async () => {
    search.mockResolvedValue([]);
    render(<SearchBox onChoose={() => {}} />);
    await typeAndWait('不存在');
    expect(screen.queryAllByTestId('search-hit')).toHaveLength(0);
    expect(screen.getByTestId('search-no-hits').textContent).toContain('没有找到匹配项');
  });

  it('says a text over the API limit is too long, names the limit and asks nothing', async () => {
    useStore.getState().actions.setLanguage('en');
    render(<SearchBox onChoose={() => {}} />);
    await typeAndWait('a'.repeat(SEARCH_TEXT_MAX + 1));
    expect(search).not.toHaveBeenCalled();
    const note = screen.getByTestId('search-too-long').textContent;
    expect(note).toContain('too long');
    expect(note).toContain(String(SEARCH_TEXT_MAX));
    expect(note).toContain(String(SEARCH_TEXT_MAX + 1));
  });

  it('marks weak matches and does not take one on Enter alone', async () => {
    search.mockResolvedValue(WEAK);
    const onChoose = vi.fn();
    render(<SearchBox onChoose={onChoose} />);
    await typeAndWait('火星殖民基地');
    const hits = screen.getAllByTestId('search-hit');
    expect(hits.every((h) => h.getAttribute('data-weak') === 'true')).toBe(true);
    expect(hits[0]?.textContent).toContain('弱匹配');
    expect(screen.getByTestId('search-weak-only')).toBeTruthy();
    const input = screen.getByTestId('search-input');
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(onChoose).not.toHaveBeenCalled();
    // Picked on purpose with the arrow keys, it is taken.
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    fireEvent.keyDown(input, { key: 'ArrowUp' });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(onChoose).toHaveBeenCalledWith(WEAK[0]);
  });

  it('takes a strong first hit on Enter and does not mark it', async () => {
    const onChoose = vi.fn();
    render(<SearchBox onChoose={onChoose} />);
    await typeAndWait('广州实验室');
    expect(screen.getAllByTestId('search-hit')[0]?.hasAttribute('data-weak')).toBe(false);
    fireEvent.keyDown(screen.getByTestId('search-input'), { key: 'Enter' });
    expect(onChoose).toHaveBeenCalledWith(HITS[0]);
  });
});
