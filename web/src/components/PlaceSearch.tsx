/**
 * "Find a place" in the header of every page: an ARIA 1.2 combobox with a listbox popup, answered
 * by `GET …/search` (names as typed, typos, former names, GSS codes, postcodes) after a short
 * pause in typing. Down and Up move through the results (opening them if closed), Enter opens the
 * highlighted result or else the first, Escape closes the list (and clears the box when it is
 * already closed); how many results there are, or why a postcode cannot be placed, is announced in
 * a status region. A postcode result shows the postcode lookup's credit beside it.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { editionUrl, fetchJson } from '../api.js';
import { formatRank } from '../format.js';
import { areaHref, navigate } from '../state/url.js';
import type { SearchResponse } from '../types.js';

/** How long typing must pause before the API is asked (ms). */
export const SEARCH_DEBOUNCE_MS = 150;
const LIMIT = '8';
const LISTBOX = 'place-search-results';

function optionId(index: number): string {
  return `place-search-option-${index}`;
}

export function PlaceSearch({ edition }: { edition: string }) {
  const [text, setText] = useState('');
  const [answer, setAnswer] = useState<SearchResponse | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const asked = useRef(0);

  // ask the API once typing pauses; a late answer to an older text is dropped
  useEffect(() => {
    const query = text.trim();
    if (query === '') {
      setAnswer(null);
      setFailure(null);
      return;
    }
    const serial = (asked.current += 1);
    const timer = setTimeout(() => {
      fetchJson<SearchResponse>(editionUrl(edition, '/search', { q: query.slice(0, 100), limit: LIMIT })).then(
        (body) => {
          if (serial !== asked.current) return;
          setAnswer(body);
          setFailure(null);
          setActive(-1);
        },
        (error: unknown) => {
          if (serial !== asked.current) return;
          setAnswer(null);
          setFailure(error instanceof Error ? error.message : String(error));
        },
      );
    }, SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text, edition]);

  const results = answer !== null && answer.query === text.trim() ? answer.results : [];
  const expanded = open && results.length > 0;
  const go = (index: number): void => {
    const result = results[index];
    if (result === undefined) return;
    setOpen(false);
    setText('');
    setAnswer(null);
    navigate(areaHref(result.code, edition));
  };

  const onKeyDown = (event: KeyboardEvent): void => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (results.length === 0) return;
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      if (!expanded) {
        setOpen(true);
        setActive(step === 1 ? 0 : results.length - 1);
        return;
      }
      setActive((current) => (current < 0 ? (step === 1 ? 0 : results.length - 1) : (current + step + results.length) % results.length));
    } else if (event.key === 'Enter') {
      if (results.length === 0) return;
      event.preventDefault();
      go(active >= 0 ? active : 0);
    } else if (event.key === 'Escape') {
      if (expanded) {
        event.preventDefault();
        setOpen(false);
        setActive(-1);
      } else if (text !== '') {
        event.preventDefault();
        setText('');
      }
    }
  };

  const status = statusText(text.trim(), answer, failure, results.length);
  const postcodeCredit = answer?.postcode != null && results.some((result) => result.match === 'postcode' || result.match === 'sector' || result.match === 'outcode') ? answer.postcode.attribution : null;

  return (
    <div class="place-search">
      <label for="place-search">Find a place</label>
      <div class="place-search-box">
        <input
          id="place-search"
          type="text"
          role="combobox"
          autocomplete="off"
          spellcheck={false}
          maxLength={100}
          aria-autocomplete="list"
          aria-expanded={expanded ? 'true' : 'false'}
          aria-controls={LISTBOX}
          aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
          aria-describedby="place-search-hint"
          value={text}
          onInput={(event) => {
            setText(event.currentTarget.value);
            setOpen(true);
            setActive(-1);
          }}
          onKeyDown={onKeyDown}
          onFocus={() => setOpen(true)}
          onBlur={() => setOpen(false)}
        />
        <span id="place-search-hint" class="visually-hidden">
          A name, a code or a postcode. Results appear as you type; use the up and down arrows to choose and Enter to open.
        </span>
        <div class="place-search-popup" hidden={!expanded}>
          <ul id={LISTBOX} role="listbox" aria-label="Places found">
            {results.map((result, index) => (
              <li
                key={result.code}
                id={optionId(index)}
                role="option"
                aria-selected={index === active ? 'true' : 'false'}
                class={index === active ? 'place-option active' : 'place-option'}
                data-code={result.code}
                // keep the focus in the box: a click chooses without blurring it first
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => go(index)}
              >
                <span class="place-name">{result.name}</span>{' '}
                <span class="place-rank">{result.rank === null ? 'not ranked' : formatRank(result.rank, result.rankedCount)}</span>
                <span class="place-reason">
                  {' — '}
                  {result.sentence ?? `found by ${result.reason}`}
                </span>
              </li>
            ))}
          </ul>
          {postcodeCredit !== null && <p class="place-credit">{postcodeCredit}</p>}
        </div>
      </div>
      <p class={status.visible ? 'place-status' : 'visually-hidden'} role="status" aria-live="polite">
        {status.text}
      </p>
    </div>
  );
}

/** What the status region says: the number of results, or why there are none. */
function statusText(query: string, answer: SearchResponse | null, failure: string | null, count: number): { text: string; visible: boolean } {
  if (query === '') return { text: '', visible: false };
  if (failure !== null) return { text: failure, visible: true };
  if (answer === null || answer.query !== query) return { text: '', visible: false };
  const note = answer.postcode?.message ?? null;
  if (count === 0) return { text: note ?? `No place matches "${query}".`, visible: true };
  const counted = `${count} ${count === 1 ? 'place' : 'places'} found.`;
  return note === null ? { text: counted, visible: false } : { text: `${counted} ${note}`, visible: true };
}
