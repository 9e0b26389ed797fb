/**
 * "Your own data": a CSV or a workbook of your own (the Commission's, or local figures) ranked in
 * the browser. Choose the file, the sheet and the header row (guessed: the first row naming at
 * least three indicators), check which column holds the areas and which each indicator (matched
 * by id, number or label; every match is a select), then "Rank my data": the table is checked by
 * the CLI's own validator (src/report/userDataset.ts, so the messages are `smi --edition FILE.csv`'s)
 * and kept as edition `yours`, which every page then shows — answered in the page
 * (web/src/yours/localApi.ts). The only requests are for public things: the areas of the two
 * geographies and their methods. The values never leave the browser.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { AreaGeography } from '../../../../src/edition/types.js';
import { editionOn } from '../../../../src/edition/catalogue.js';
import { SmiError } from '../../../../src/errors.js';
import type { MethodDescription } from '../../../../src/method/types.js';
import { scoreEdition } from '../../../../src/report/scoredEdition.js';
import { userDatasetEdition } from '../../../../src/report/userDataset.js';
import { editionUrl, forgetYours, useApi } from '../../api.js';
import { ErrorSummary, type FieldError } from '../../components/ErrorSummary.js';
import { Link } from '../../components/Link.js';
import { Pending, firstError } from '../../components/Status.js';
import { saveBlob } from '../../image/chartImage.js';
import { href, type Route } from '../../state/url.js';
import type { GeographyResponse } from '../../types.js';
import { YOURS, setYourData, yourData } from '../../yours/localApi.js';
import { useTitle } from '../useTitle.js';
import { guessAreaColumn, guessGeography, guessHeaderIndex, matchIndicators, type AreaKind, type IndicatorMatch } from './matchColumns.js';
import { readUpload, type Upload } from './readUpload.js';
import { rowNumber, tableFromSheet, type ColumnMapping } from './sheetTable.js';
import { templateSheet } from './yourFiles.js';
import { saveLocally, sheetBlob } from '../../yours/localDownloads.js';

type Year = '2016' | '2025';

interface Geography {
  year: Year;
  edition: string;
  label: string;
  areas: readonly AreaGeography[];
  method: MethodDescription;
}

const BY_WORDS: Record<string, string> = { id: 'by its id', number: 'by its number', label: 'by its label' };

/** The first sheet whose header guess names at least one indicator, else the first. */
function firstDataSheet(upload: Upload, method: MethodDescription): number {
  const keys = method.indicators;
  const index = upload.sheets.findIndex((sheet) => {
    const header = guessHeaderIndex(sheet.rows, keys);
    return Object.values(matchIndicators(sheet.rows[header] ?? [], keys)).some((match) => match.column !== null);
  });
  return index < 0 ? 0 : index;
}

export function YoursPage({ route }: { route: Route }) {
  useTitle(route.title);
  const districts = editionOn('2016').id;
  const councils = editionOn('2025').id;
  const geo2016 = useApi<GeographyResponse>(editionUrl(districts, '/geography'));
  const geo2025 = useApi<GeographyResponse>(editionUrl(councils, '/geography'));
  const method2016 = useApi<MethodDescription>(editionUrl(districts, '/method'));
  const method2025 = useApi<MethodDescription>(editionUrl(councils, '/method'));
  const geographies = useMemo<Geography[] | null>(() => {
    if (geo2016.data === null || geo2025.data === null || method2016.data === null || method2025.data === null) return null;
    return [
      { year: '2016', edition: districts, label: '2016 districts', areas: geo2016.data.areas, method: method2016.data },
      { year: '2025', edition: councils, label: '2025 councils', areas: geo2025.data.areas, method: method2025.data },
    ];
  }, [geo2016.data, geo2025.data, method2016.data, method2025.data, districts, councils]);
  // every area of both years, as the CLI checks a dataset against them (a council of 2025 that was a district of 2016 is the 2016 one)
  const allAreas = useMemo(() => {
    const byCode = new Map<string, AreaGeography>();
    for (const geography of [...(geographies ?? [])].reverse()) for (const area of geography.areas) byCode.set(area.code, area);
    return byCode;
  }, [geographies]);

  const [upload, setUpload] = useState<Upload | null>(null);
  const [sheetIndex, setSheetIndex] = useState(0);
  const [headerIndex, setHeaderIndex] = useState(0);
  const [year, setYear] = useState<Year>('2016');
  const [mapping, setMapping] = useState<ColumnMapping | null>(null);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [reading, setReading] = useState(false);
  const [ranked, setRanked] = useState<{ areas: number; ranked: number; label: string } | null>(() => {
    const kept = yourData();
    return kept === null ? null : { areas: kept.scored.areas.length, ranked: kept.scored.result.rankedCount, label: kept.data.edition.label };
  });

  const geography = geographies?.find((entry) => entry.year === year) ?? null;
  const sheet = upload?.sheets[sheetIndex] ?? null;
  const header = sheet?.rows[headerIndex] ?? [];

  /** Matches the columns of the header row afresh (a new file, sheet, header row or geography). */
  const rematch = (next: { upload: Upload; sheet: number; header: number; year?: Year }) => {
    if (geographies === null) return;
    const rows = next.upload.sheets[next.sheet]?.rows ?? [];
    const headerRow = rows[next.header] ?? [];
    const area = guessAreaColumn(headerRow, rows.slice(next.header + 1), [...allAreas.values()]);
    let chosen = next.year;
    if (chosen === undefined) {
      const values = area === null ? [] : rows.slice(next.header + 1).map((row) => row[area.column] ?? '');
      chosen = area === null ? '2016' : (guessGeography(values, geographies.map((entry) => ({ id: entry.year, areas: entry.areas })), area.kind) ?? '2016');
      setYear(chosen);
    }
    const method = geographies.find((entry) => entry.year === chosen)!.method;
    const matches = matchIndicators(headerRow, method.indicators);
    const nameColumn = area?.kind === 'code' ? headerRow.findIndex((text, column) => column !== area.column && /^(area |la |local authority |district )?name$/i.test(text.trim())) : -1;
    setMapping({ area, name: nameColumn < 0 ? null : nameColumn, indicators: Object.fromEntries(Object.entries(matches).map(([id, match]) => [id, match.column])) });
  };

  const matchedBy = useMemo<Record<string, IndicatorMatch>>(() => (geography === null ? {} : matchIndicators(header, geography.method.indicators)), [header, geography]);

  const choose = async (file: File | undefined) => {
    setErrors([]);
    if (file === undefined || geographies === null) return;
    setReading(true);
    try {
      const read = await readUpload(file);
      const first = firstDataSheet(read, geographies[0]!.method);
      const headerGuess = guessHeaderIndex(read.sheets[first]?.rows ?? [], geographies[0]!.method.indicators);
      setUpload(read);
      setSheetIndex(first);
      setHeaderIndex(headerGuess);
      rematch({ upload: read, sheet: first, header: headerGuess });
    } catch (error) {
      setUpload(null);
      setMapping(null);
      setErrors([{ field: 'dataset', message: error instanceof Error ? error.message : String(error) }]);
    } finally {
      setReading(false);
    }
  };

  // the guesses wait for the geographies when a file was chosen before they arrived
  useEffect(() => {
    if (upload !== null && mapping === null && geographies !== null) rematch({ upload, sheet: sheetIndex, header: headerIndex });
  }, [geographies]);

  const rank = () => {
    if (upload === null || sheet === null || mapping === null || geography === null) return;
    setErrors([]);
    const label = upload.csv ? upload.file : `${upload.file}, sheet "${sheet.name}"`;
    try {
      const table = tableFromSheet(sheet, headerIndex, label, mapping, geography.method.indicators.map((indicator) => indicator.id), geography.areas, geography.label);
      const checked = userDatasetEdition(table, geography.method, allAreas);
      // scored once under the file's name, so that a dataset that cannot be ranked is named as the CLI names it
      scoreEdition(checked);
      const edition = { ...checked, id: YOURS };
      const scored = setYourData({ edition, base: geography.edition as Parameters<typeof setYourData>[0]['base'], geography: geography.year });
      forgetYours();
      setRanked({ areas: scored.areas.length, ranked: scored.result.rankedCount, label: edition.label });
    } catch (error) {
      if (!(error instanceof SmiError)) throw error;
      setRanked(null);
      setErrors([{ message: error.message }]);
    }
  };

  const downloadTemplate = async () => {
    if (geography === null) return;
    saveBlob(await sheetBlob(templateSheet(geography.areas, geography.method.indicators.map((indicator) => indicator.id)), 'csv', 'Template', null), `smi-template-${geography.year}.csv`);
  };


  const setIndicator = (id: string, value: string) => mapping !== null && setMapping({ ...mapping, indicators: { ...mapping.indicators, [id]: value === '' ? null : Number(value) } });

  return (
    <>
      <h1>{route.title}</h1>
      <p class="lead">Rank a dataset of your own — the Commission's workbook, or local figures — with the index's method, and explore it with the map, the league table and the area pages.</p>
      <p>
        <strong>Your data stays in this browser.</strong> The file is read and ranked on this page; nothing of it is sent to the server. It is kept for this tab only, until
        you close it.
      </p>
      <Pending error={firstError(geo2016, geo2025, method2016, method2025)} ready={geographies !== null} what="the areas and the method" />
      {geographies !== null && (
        <>
          <h2>1. Choose a file</h2>
          <p>
            A CSV or an Excel workbook: a row per area with its GSS code or its name, and a column per indicator. Or start from the template, with every area and a column
            per indicator id (the CSV the command line takes, <code>smi rank --edition FILE.csv</code>):{' '}
            <button type="button" class="button-secondary" onClick={() => void downloadTemplate()}>
              Download the template of the {geography?.label} (CSV)
            </button>
          </p>
          <ErrorSummary errors={errors} />
          <form class="controls" onSubmit={(event) => event.preventDefault()}>
            <div class="field">
              <label for="dataset">Your file (CSV or XLSX)</label>
              <input id="dataset" name="dataset" type="file" accept=".csv,.txt,.xlsx,.xlsm,.xls,.ods" onChange={(event) => void choose(event.currentTarget.files?.[0])} />
            </div>
          </form>
          {reading && <p role="status">Reading the file…</p>}
          {upload !== null && sheet !== null && mapping !== null && geography !== null && (
            <>
              <h2>2. Where the data is</h2>
              <form class="controls" onSubmit={(event) => event.preventDefault()}>
                {upload.sheets.length > 1 && (
                  <div class="field">
                    <label for="sheet">Sheet</label>
                    <select
                      id="sheet"
                      value={String(sheetIndex)}
                      onChange={(event) => {
                        const next = Number(event.currentTarget.value);
                        const guess = guessHeaderIndex(upload.sheets[next]?.rows ?? [], geography.method.indicators);
                        setSheetIndex(next);
                        setHeaderIndex(guess);
                        rematch({ upload, sheet: next, header: guess, year });
                      }}
                    >
                      {upload.sheets.map((each, index) => (
                        <option key={each.name} value={String(index)}>
                          {each.name}
                        </option>
                      ))}
                    </select>
                  </div>
                )}
                <div class="field">
                  <label for="header-row">Header row (its row number)</label>
                  <input
                    id="header-row"
                    type="number"
                    inputMode="numeric"
                    min={sheet.firstRow}
                    max={rowNumber(sheet, Math.max(0, sheet.rows.length - 1))}
                    value={rowNumber(sheet, headerIndex)}
                    onChange={(event) => {
                      const next = Math.min(Math.max(0, Number(event.currentTarget.value) - sheet.firstRow), Math.max(0, sheet.rows.length - 1));
                      if (!Number.isFinite(next)) return;
                      setHeaderIndex(next);
                      rematch({ upload, sheet: sheetIndex, header: next, year });
                    }}
                  />
                </div>
                <div class="field">
                  <label for="area-column">Column of the areas</label>
                  <select id="area-column" value={mapping.area === null ? '' : String(mapping.area.column)} onChange={(event) => setMapping({ ...mapping, area: event.currentTarget.value === '' ? null : { column: Number(event.currentTarget.value), kind: mapping.area?.kind ?? 'code' } })}>
                    <ColumnOptions none="None chosen" header={header} />
                  </select>
                </div>
                <div class="field">
                  <label for="area-kind">It holds</label>
                  <select id="area-kind" value={mapping.area?.kind ?? 'code'} onChange={(event) => mapping.area !== null && setMapping({ ...mapping, area: { ...mapping.area, kind: event.currentTarget.value as AreaKind } })}>
                    <option value="code">GSS codes (E07000028)</option>
                    <option value="name">names (Carlisle)</option>
                  </select>
                </div>
                <div class="field">
                  <label for="geography">The areas are</label>
                  <select
                    id="geography"
                    value={year}
                    onChange={(event) => {
                      const next = event.currentTarget.value as Year;
                      setYear(next);
                      rematch({ upload, sheet: sheetIndex, header: headerIndex, year: next });
                    }}
                  >
                    {geographies.map((entry) => (
                      <option key={entry.year} value={entry.year}>
                        {entry.label} (the method of {entry.edition})
                      </option>
                    ))}
                  </select>
                </div>
              </form>
              <h2>3. Which column is which indicator</h2>
              <p>Matched by the indicator's id, its number (1–16) or its label; change any that is wrong. An indicator with no column is refused, as on the command line: leave its cells empty instead.</p>
              <div class="table-wrap" role="region" aria-labelledby="matching-caption" tabIndex={0}>
                <table class="data-table" id="matching">
                  <caption id="matching-caption">The indicators of {geography.method.id} and the columns of {upload.csv ? upload.file : `sheet "${sheet.name}"`}</caption>
                  <thead>
                    <tr>
                      <th scope="col" class="numeric">
                        No.
                      </th>
                      <th scope="col">Indicator</th>
                      <th scope="col">Column</th>
                      <th scope="col">Matched</th>
                    </tr>
                  </thead>
                  <tbody>
                    {geography.method.indicators.map((indicator) => {
                      const column = mapping.indicators[indicator.id] ?? null;
                      const auto = matchedBy[indicator.id];
                      return (
                        <tr key={indicator.id} data-indicator={indicator.id}>
                          <td class="numeric">{indicator.number}</td>
                          <th scope="row">
                            {indicator.label} <code>{indicator.id}</code>
                          </th>
                          <td>
                            <label class="visually-hidden" for={`column-${indicator.id}`}>
                              Column of {indicator.label}
                            </label>
                            <select id={`column-${indicator.id}`} value={column === null ? '' : String(column)} onChange={(event) => setIndicator(indicator.id, event.currentTarget.value)}>
                              <ColumnOptions none="No column" header={header} />
                            </select>
                          </td>
                          <td data-matched>{column === null ? 'not matched' : auto?.column === column && auto.by !== null ? BY_WORDS[auto.by] : 'by you'}</td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </div>
              <p>
                <button type="button" class="button" onClick={rank}>
                  Rank my data
                </button>
              </p>
            </>
          )}
          {ranked !== null && (
            <section aria-labelledby="ranked-heading">
              <h2 id="ranked-heading">Your data, ranked</h2>
              <p role="status">
                {ranked.label}: {ranked.ranked} of {ranked.areas} areas ranked, in this browser.
              </p>
              <ul>
                <li>
                  <Link href={href('/table', { edition: YOURS })}>The league table of your data</Link>
                </li>
                <li>
                  <Link href={href('/', { edition: YOURS })}>The map of your data</Link>
                </li>
                <li>
                  <Link href={href('/uncertainty', { edition: YOURS })}>How sure are its ranks?</Link>
                </li>
              </ul>
              <p>
                Download your league table, made in this browser:{' '}
                <button type="button" class="button-secondary" onClick={() => void saveLocally(editionUrl(YOURS, '/areas', { format: 'csv' }))}>
                  CSV
                </button>{' '}
                <button type="button" class="button-secondary" onClick={() => void saveLocally(editionUrl(YOURS, '/areas', { format: 'xlsx' }))}>
                  Excel (XLSX)
                </button>
                . Every page of your data (league table, area, Compare, groups, How sure?) downloads what it shows the same way.
              </p>
            </section>
          )}
        </>
      )}
    </>
  );
}

/** A spreadsheet's name of a column: A … Z, AA, AB … */
function columnLetters(index: number): string {
  let letters = '';
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  return letters;
}

/** The options of a column select: none, then each column of the header row by its letters and header. */
function ColumnOptions({ none, header }: { none: string; header: readonly string[] }) {
  return (
    <>
      <option value="">{none}</option>
      {header.map((text, column) => (
        <option key={column} value={String(column)}>
          {columnLetters(column)}: {text === '' ? '(no header)' : text}
        </option>
      ))}
    </>
  );
}
