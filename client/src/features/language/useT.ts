import { useCallback } from 'react';
import { useStore } from '../../store/index.ts';
import { translate, type StringKey } from './strings.ts';

/** The interface string for the current language. */
export function useT() {
  const language = useStore((s) => s.language);
  return useCallback((key: StringKey) => translate(key, language), [language]);
}
