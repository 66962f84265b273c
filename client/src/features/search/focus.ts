/** The main search field, so the "/" shortcut can focus it. */
let mainInput: HTMLInputElement | null = null;

/** `input` null: the field unmounts (`previous` is the one leaving, so a newer field is kept). */
export function registerMainSearch(input: HTMLInputElement | null, previous?: HTMLInputElement | null): void {
  if (input) mainInput = input;
  else if (mainInput === previous) mainInput = null;
}

export function focusSearch(): void {
  mainInput?.focus();
}
