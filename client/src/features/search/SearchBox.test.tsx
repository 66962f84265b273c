import { beforeEach, describe, expect, it, vi } from 'vitest';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { SearchBox } from './SearchBox.tsx';
import { initialState, useStore } from '../../store/index.ts';
import { LAB, ZHONG } from '../../test/fixtures.ts';
import type { SearchHit } from '../../api/types.ts';

const search = vi.hoisted(() => vi.fn());
vi.mock('../../api/index.ts', async (importOriginal) => ({ ...(await importOriginal<object>()), search }));

const HITS: SearchHit[] = [
  { node: LAB, score: 10, matchedField: 'name', matchedText: '广州实验室' },
  { node: ZHONG, score: 2, matchedField: 'alias', matchedText: '钟院士' },
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
    expect(screen.getByRole('listbox').textContent).toContain('没有找到匹配项');
  });
});
