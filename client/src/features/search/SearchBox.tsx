import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { SearchHit } from '../../api/types.ts';
import { displayName, primaryLabel, LABEL_STYLE } from '../../graph/index.ts';
import { LABEL_NAMES, SEARCH_TEXT_MAX, WEAK_MATCH_SCORE } from '@plangraph/shared';
import { useStore } from '../../store/index.ts';
import { useT } from '../language/index.ts';
import { registerMainSearch } from './focus.ts';
import { useSearch } from './useSearch.ts';

/** A hit that only shares some characters or words with the text: shown as such, never chosen by Enter alone. */
export const isWeak = (hit: SearchHit) => hit.score < WEAK_MATCH_SCORE;

export type SearchBoxProps = {
  /** Called with the chosen hit; the explorer adds the node and its neighbourhood. */
  onChoose: (hit: SearchHit) => void;
  /** For a second search field (the paths panel): its own test ids, label and no "/" focus. */
  testId?: string;
  hitTestId?: string;
  label?: string;
  /** The main search answers the "/" shortcut. */
  main?: boolean;
};

export function SearchBox({
  onChoose,
  testId = 'search-input',
  hitTestId = 'search-hit',
  label,
  main = true,
}: SearchBoxProps) {
  const t = useT();
  const language = useStore((s) => s.language);
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  // Moved to a hit with the arrow keys: Enter then takes it, even a weak one.
  const [picked, setPicked] = useState(false);
  const { status, hits } = useSearch(text);
  const listId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (!main) return;
    const input = inputRef.current;
    registerMainSearch(input);
    return () => registerMainSearch(null, input);
  }, [main]);

  const choose = (hit: SearchHit | undefined) => {
    if (!hit) return;
    setOpen(false);
    setText(displayName(hit.node, language));
    inputRef.current?.blur();
    onChoose(hit);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setOpen(true);
      setPicked(true);
      setActive((i) => Math.min(i + 1, hits.length - 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setPicked(true);
      setActive((i) => Math.max(i - 1, 0));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      const hit = hits[active];
      // A weak match is added only when picked on purpose; otherwise the list stays open and says why.
      if (hit && isWeak(hit) && !picked) setOpen(true);
      else choose(hit);
    } else if (e.key === 'Escape') {
      // Handled here: the global Escape (close menus and panels) should not also fire.
      e.preventDefault();
      setOpen(false);
      inputRef.current?.blur();
    }
  };

  const showList = open && text.trim().length > 0;
  const note: { text: string; testId: string } | null =
    status === 'tooLong'
      ? { text: t('searchTooLong', { length: text.trim().length, max: SEARCH_TEXT_MAX }), testId: 'search-too-long' }
      : status === 'error'
        ? { text: t('searchFailed'), testId: 'search-failed' }
        : status === 'done' && hits.length === 0
          ? { text: t('searchNoHits'), testId: 'search-no-hits' }
          : status === 'done' && hits.every(isWeak)
            ? { text: t('weakOnly'), testId: 'search-weak-only' }
            : null;
  return (
    <div className="search">
      <div className="search-field">
        <svg className="search-icon" viewBox="0 0 20 20" aria-hidden="true">
          <circle cx="8.5" cy="8.5" r="5.5" fill="none" stroke="currentColor" strokeWidth="2" />
          <path d="M13 13l4 4" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
        </svg>
        <input
          ref={inputRef}
          data-testid={testId}
          type="search"
          role="combobox"
          aria-label={label ?? t('searchPlaceholder')}
          aria-expanded={showList}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={showList && hits[active] ? `${listId}-${active}` : undefined}
          placeholder={t('searchPlaceholder')}
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            setActive(0);
            setPicked(false);
            setOpen(true);
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => setOpen(false)}
          onKeyDown={onKeyDown}
          autoComplete="off"
          spellCheck={false}
        />
        {status === 'searching' && <span className="spinner small" aria-label={t('searchSearching')} />}
      </div>
      {showList && (
        <div className="search-pop">
          {note && (
            <p className="search-note" data-testid={note.testId} role="status">
              {note.text}
            </p>
          )}
          {hits.length > 0 && (
            <ul className="search-hits" id={listId} role="listbox" aria-label={label ?? t('searchPlaceholder')}>
              {hits.map((hit, i) => {
                const label = primaryLabel(hit.node);
                const name = displayName(hit.node, language);
                const other = language === 'zh' ? hit.node.nameEn : hit.node.name;
                return (
                  <li
                    key={hit.node.id}
                    id={`${listId}-${i}`}
                    role="option"
                    aria-selected={i === active}
                    data-testid={hitTestId}
                    data-weak={isWeak(hit) || undefined}
                    className={[i === active ? 'active' : '', isWeak(hit) ? 'weak' : ''].join(' ').trim()}
                    // mousedown, not click: the input's blur would close the list before a click lands.
                    onMouseDown={(e) => {
                      e.preventDefault();
                      choose(hit);
                    }}
                    onMouseEnter={() => setActive(i)}
                  >
                    <span className="badge" style={{ background: LABEL_STYLE[label].color }}>
                      {LABEL_NAMES[label][language]}
                    </span>
                    <span className="hit-text">
                      <span className="hit-name">{name}</span>
                      {other && other !== name && <span className="hit-sub">{other}</span>}
                      {hit.matchedField === 'alias' && (
                        <span className="hit-sub">
                          {t('searchAlias')}: {hit.matchedText}
                        </span>
                      )}
                    </span>
                    {isWeak(hit) && <span className="weak-tag">{t('weakMatch')}</span>}
                  </li>
                );
              })}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
