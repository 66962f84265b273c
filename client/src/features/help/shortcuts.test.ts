import { describe, expect, it } from 'vitest';
import { commandFor } from './shortcuts.ts';

describe('keyboard map', () => {
  it('maps the documented keys', () => {
    expect(commandFor({ key: '/' }, false)).toBe('search');
    expect(commandFor({ key: '?', shiftKey: true }, false)).toBe('help');
    expect(commandFor({ key: 'Delete' }, false)).toBe('delete');
    expect(commandFor({ key: 'e' }, false)).toBe('expand');
    expect(commandFor({ key: 'f' }, false)).toBe('fit');
    expect(commandFor({ key: 'l' }, false)).toBe('layout');
    expect(commandFor({ key: 'z', ctrlKey: true }, false)).toBe('undo');
    expect(commandFor({ key: 'Z', ctrlKey: true, shiftKey: true }, false)).toBe('redo');
    expect(commandFor({ key: 'y', ctrlKey: true }, false)).toBe('redo');
    expect(commandFor({ key: 'z', metaKey: true }, false)).toBe('undo');
    expect(commandFor({ key: 'ContextMenu' }, false)).toBe('menu');
    expect(commandFor({ key: 'F10', shiftKey: true }, false)).toBe('menu');
    expect(commandFor({ key: 'Escape' }, false)).toBe('escape');
    expect(commandFor({ key: 'x' }, false)).toBeNull();
    expect(commandFor({ key: 'c', ctrlKey: true }, false)).toBeNull();
  });
  it('leaves typing alone, except Escape', () => {
    expect(commandFor({ key: 'e' }, true)).toBeNull();
    expect(commandFor({ key: '/' }, true)).toBeNull();
    expect(commandFor({ key: 'z', ctrlKey: true }, true)).toBeNull();
    expect(commandFor({ key: 'Escape' }, true)).toBe('escape');
  });
});
