import { useCallback } from 'react';
import { useStore } from '../../store/index.ts';
import { translate, type StringKey } from './strings.ts';

/** The interface string for the current language, with `{name}` placeholders filled from `params`. */
export function useT() {
  const language = useStore((s) => s.language);
  return useCallback(
    (key: StringKey, params?: Record<string, string | number>) => translate(key, language, params),
    [language],
  );
}
