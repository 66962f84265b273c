export { LanguageSwitch } from './LanguageSwitch.tsx';
export { useT } from './useT.ts';
export { STRINGS, translate, type StringKey } from './strings.ts';
