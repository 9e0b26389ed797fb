/**
 * Placing a postcode in its local authority, offline, from the lookup tables of
 * `<data>/geo/postcodes` (read by src/pipeline/postcodes.ts), as that folder's SOURCES.md says:
 * a full postcode takes the central-London letter ranges for the outward codes that end in a
 * letter, else its exception row, else its sector's majority; a sector ("CA1 1") or an outward code
 * ("CA1") gives the districts it spans with their shares. Both geographies: the April 2025 councils (`lad25cd`) and
 * the 2016 districts (the lad16 sector file and the exceptions' 2016 column). Pure: no I/O.
 */
import type { SEARCH } from '../method/vocabulary.js';

export type PostcodeGeography = '2016' | '2025';

/** One district of a sector or outward code with its share of the postcodes (null where not counted). */
export interface ShareRow {
  /** In the file's own geography: the NSPL 2023 code (`lad_code`) or the 2016 code. */
  code: string;
  /** The April 2025 code (the 2016 code in a 2016 table). */
  code25: string;
  share: number | null;
  /** Postcodes counted in this district (null for the London letter sectors, which have no counts). */
  count: number | null;
}

/** The tables, keyed as they are looked up. */
export interface PostcodeTables {
  /** Sector ("CA1 1") → its districts (2023 codes with their 2025 code), majority first. */
  sectors: ReadonlyMap<string, readonly ShareRow[]>;
  /** Sector → its 2016 districts, majority first (a blank 2016 code is left out). */
  sectors16: ReadonlyMap<string, readonly ShareRow[]>;
  /** Full postcode ("AL2 1BB") → its 2023 code and 2016 code (null outside England). */
  exceptions: ReadonlyMap<string, { code: string; code16: string | null }>;
  /** Letter outward code ("SW1A") → ranges in order: from this inward code on, this code (null: none given). */
  ranges: ReadonlyMap<string, ReadonlyArray<{ from: string; code: string | null }>>;
  /** Outward code ("CA1") → its districts, majority first. */
  outcodes: ReadonlyMap<string, readonly ShareRow[]>;
  /** Every 2023 code of the tables → its April 2025 code; and → the name the lookup gives it. */
  code25: ReadonlyMap<string, string>;
  names: ReadonlyMap<string, string>;
  /** The postcode areas (leading letters: "CA", "SW") that hold at least one English postcode. */
  areas: ReadonlySet<string>;
}

/** What was typed, read as a postcode: a full postcode or an outward code, in the normal form. */
export type PostcodeShape =
  | { kind: 'postcode'; postcode: string; outcode: string; inward: string; sector: string }
  | { kind: 'sector'; outcode: string; sector: string }
  | { kind: 'outcode'; outcode: string };

/** The areas the index does not rank (too small): City of London and the Isles of Scilly. */
export const UNRANKED_AREAS: Readonly<Record<string, string>> = { E09000001: 'City of London', E06000053: 'Isles of Scilly' };

const OUTWARD = '[A-Z]{1,2}[0-9][A-Z0-9]?';
const FULL = new RegExp(`^(${OUTWARD})([0-9][A-Z]{2})$`);
const OUT_ONLY = new RegExp(`^${OUTWARD}$`);
const SECTOR = new RegExp(`^(${OUTWARD})([0-9])$`);
/** An outward code, a separator, then one digit: "CA1 1" (without the separator, "CA11" is an outward code of its own). */
const SPACED_SECTOR = /^(.*[A-Z0-9])[^A-Z0-9]+([0-9])$/;

/** Upper-cases and drops every space and punctuation mark: "ca1-1rd", " CA1  1RD " → "CA11RD". */
export function compactPostcode(text: string): string {
  return text.toUpperCase().replace(/[^A-Z0-9]/g, '');
}

/** The longest text read as a postcode: seven characters with two separators around each. */
const MAX_POSTCODE_TEXT = 40;

/**
 * The shape of a postcode or outward code, in the normal form ("CA1 1RD", "CA1"), or null when
 * the text is neither. Case, spaces and punctuation are ignored.
 */
export function postcodeShape(text: string): PostcodeShape | null {
  // a bound on the work, not on the spelling: a postcode typed with a space, dot or dash between
  // every character ("s.w.1.a 1.a.a") is still one
  if (text.length > MAX_POSTCODE_TEXT) return null;
  const compact = compactPostcode(text);
  const full = FULL.exec(compact);
  if (full) {
    const outcode = full[1]!;
    const inward = full[2]!;
    return { kind: 'postcode', postcode: `${outcode} ${inward}`, outcode, inward, sector: `${outcode} ${inward[0]}` };
  }
  // a sector: an outward code and the inward code's digit, told from a longer outward code by the
  // separator before the digit ("CA1 1" is a sector of CA1; "CA11" is the outward code CA11)
  const spaced = SPACED_SECTOR.exec(text.trim().toUpperCase());
  const spacedOutcode = spaced === null ? null : compactPostcode(spaced[1]!);
  if (spaced !== null && spacedOutcode !== null && OUT_ONLY.test(spacedOutcode)) return { kind: 'sector', outcode: spacedOutcode, sector: `${spacedOutcode} ${spaced[2]!}` };
  if (OUT_ONLY.test(compact)) return { kind: 'outcode', outcode: compact };
  const sector = SECTOR.exec(compact);
  if (sector !== null) return { kind: 'sector', outcode: sector[1]!, sector: `${sector[1]!} ${sector[2]!}` };
  return null;
}

/**
 * Whether a search should read the text as a postcode: it has the shape of one, or it starts as
 * one does (letters, then a digit) and is short, so a mistyped postcode ("CA1 1R") is told it is not
 * a valid postcode. A GSS code (nine characters) never is.
 */
export function postcodeAttempt(text: string): boolean {
  if (postcodeShape(text) !== null) return true;
  return /\d/.test(text) && /^[A-Z]{1,2}[0-9][A-Z0-9]{0,4}$/.test(compactPostcode(text)) && text.trim().length <= 9;
}

/** One district a postcode or outward code is placed in. */
export interface PlacedDistrict {
  /** The code in the geography asked for (a 2025 council or a 2016 district). */
  code: string;
  /** The name the lookup gives (2025 geography; on 2016 geography the caller names it). */
  lookupName: string | null;
  /** Its share of the postcodes (1 for a postcode placed exactly; null where not counted). */
  share: number | null;
  inEngland: boolean;
  /** City of London or the Isles of Scilly: in England, not ranked by the index. */
  unranked: boolean;
}

/** How a full postcode was placed. */
export type PlacedBy = 'london-range' | 'exception' | 'sector' | 'outcode';

export type PostcodeFailure = (typeof SEARCH.postcodeFailures)[number];

export type PostcodeAnswer =
  | { kind: 'postcode'; postcode: string; sector: string; outcode: string; by: PlacedBy; districts: PlacedDistrict[] }
  | { kind: 'outcode'; outcode: string; districts: PlacedDistrict[] }
  | { kind: 'sector'; sector: string; outcode: string; districts: PlacedDistrict[] }
  | { kind: 'failed'; query: string; reason: PostcodeFailure; message: string };

/** What an answer was read as, in its normal form ("CA1 1RD", "CA1 1", "CA1"), or the text as given when it is no postcode. */
export function postcodeText(answer: PostcodeAnswer): string {
  switch (answer.kind) {
    case 'postcode':
      return answer.postcode;
    case 'sector':
      return answer.sector;
    case 'outcode':
      return answer.outcode;
    case 'failed':
      return answer.query;
  }
}

function district(tables: PostcodeTables, code: string, geography: PostcodeGeography, share: number | null, knownAs?: string): PlacedDistrict {
  const inEngland = code.startsWith('E');
  const placed = geography === '2025' ? (tables.code25.get(code) ?? code) : code;
  return { code: placed, lookupName: knownAs ?? (geography === '2025' ? (tables.names.get(code) ?? null) : null), share, inEngland, unranked: placed in UNRANKED_AREAS };
}

function failed(query: string, reason: PostcodeFailure, what: string): PostcodeAnswer {
  const message =
    reason === 'invalid'
      ? `"${query}" is not a valid postcode (expected an outward code such as CA1, then an inward code such as 1RD).`
      : reason === 'not-england'
        ? `${what} is not in England; the index covers English councils only.`
        : `${what} is not in the August 2024 postcode lookup (it may be new since then, or mistyped).`;
  return { kind: 'failed', query, reason, message };
}

/** The last range of a letter outward code at or before the inward code (compared as text, as SOURCES.md says). */
function rangeCode(ranges: ReadonlyArray<{ from: string; code: string | null }>, inward: string): string | null {
  let found: string | null = null;
  for (const range of ranges) {
    if (range.from <= inward) found = range.code;
    else break;
  }
  return found;
}

/** Shares per 2016 district of an outward code, summed over its sectors (English postcodes only). */
function outcodeShares16(tables: PostcodeTables, outcode: string): Array<{ code: string; share: number | null }> | null {
  const counts = new Map<string, number>();
  let total = 0;
  let uncounted = false;
  for (let digit = 0; digit <= 9; digit += 1) {
    for (const row of tables.sectors16.get(`${outcode} ${digit}`) ?? []) {
      if (row.count === null) uncounted = true;
      counts.set(row.code, (counts.get(row.code) ?? 0) + (row.count ?? 0));
      total += row.count ?? 0;
    }
  }
  if (counts.size === 0) return null;
  const single = counts.size === 1;
  return [...counts.entries()]
    .map(([code, count]) => ({ code, share: single ? 1 : uncounted || total === 0 ? null : count / total }))
    .sort((a, b) => (b.share ?? 0) - (a.share ?? 0) || (a.code < b.code ? -1 : 1));
}

/** Why an outward code with no row is missing: its postcode area has no English postcode at all, or it is not in the lookup. */
function missingOutcode(tables: PostcodeTables, query: string, outcode: string, what: string): PostcodeAnswer {
  const area = /^[A-Z]+/.exec(outcode)?.[0] ?? '';
  if (tables.areas.has(area)) return failed(query, 'not-found', what);
  return { kind: 'failed', query, reason: 'not-england', message: `${what} is not in England: no English postcode starts with ${area}; the index covers English councils only.` };
}

/**
 * Places a postcode or an outward code in the geography asked for. A full postcode gives one
 * district (share 1) when placed exactly — a London letter range, an exception, or a sector in one
 * district — and otherwise its sector's districts, majority first, with their shares. An outward
 * code gives the districts it spans with their shares. A failure says why, in one sentence.
 */
export function lookupPostcode(tables: PostcodeTables, query: string, geography: PostcodeGeography): PostcodeAnswer {
  const shape = postcodeShape(query);
  if (shape === null) return failed(query.trim(), 'invalid', query.trim());
  if (shape.kind === 'outcode') {
    const { outcode } = shape;
    const rows = tables.outcodes.get(outcode);
    if (rows === undefined) return missingOutcode(tables, outcode, outcode, `The outward code ${outcode}`);
    const districts =
      geography === '2025' || tables.ranges.has(outcode)
        ? mergeShares(rows.map((row) => district(tables, row.code, geography, row.share)))
        : (outcodeShares16(tables, outcode) ?? []).map((row) => district(tables, row.code, geography, row.share));
    return { kind: 'outcode', outcode, districts };
  }
  if (shape.kind === 'sector') return lookupSector(tables, shape.outcode, shape.sector, geography);
  const { postcode, outcode, inward, sector } = shape;
  const answer = (by: PlacedBy, districts: PlacedDistrict[]): PostcodeAnswer => {
    if (districts.every((d) => !d.inEngland)) return failed(postcode, 'not-england', postcode);
    return { kind: 'postcode', postcode, sector, outcode, by, districts };
  };
  const ranges = tables.ranges.get(outcode);
  if (ranges !== undefined) {
    const code = rangeCode(ranges, inward);
    if (code !== null) return answer('london-range', [district(tables, code, geography, 1)]);
    const rows = tables.outcodes.get(outcode) ?? [];
    if (rows.length === 0) return failed(postcode, 'not-found', postcode);
    return answer('outcode', mergeShares(rows.map((row) => district(tables, row.code, geography, row.share))));
  }
  const exception = tables.exceptions.get(postcode);
  if (exception !== undefined) {
    const code = geography === '2025' ? exception.code : exception.code16;
    if (code !== null) return answer('exception', [district(tables, code, geography, 1)]);
    if (!exception.code.startsWith('E')) return failed(postcode, 'not-england', postcode);
  }
  // a postcode of a sector whose majority is Welsh or Scottish is that majority's, unless it is an exception
  if (!(tables.sectors.get(sector)?.[0]?.code.startsWith('E') ?? true)) return failed(postcode, 'not-england', postcode);
  const rows = (geography === '2025' ? tables.sectors : tables.sectors16).get(sector);
  if (rows === undefined || rows.length === 0) {
    if (tables.outcodes.has(outcode)) return failed(postcode, 'not-found', postcode);
    return missingOutcode(tables, postcode, outcode, postcode);
  }
  const districts = mergeShares(rows.map((row) => district(tables, row.code, geography, row.share)));
  return answer('sector', districts.length === 1 ? [{ ...districts[0]!, share: 1 }] : districts);
}

/**
 * A sector ("CA1 1"): the districts its postcodes are in, with their shares. A central-London
 * letter outward code has no counted sectors: its districts are those of the letter ranges that
 * cover inward codes starting with the digit (shares not counted, unless there is one).
 */
function lookupSector(tables: PostcodeTables, outcode: string, sector: string, geography: PostcodeGeography): PostcodeAnswer {
  const what = `The postcode sector ${sector}`;
  const ranges = tables.ranges.get(outcode);
  let districts: PlacedDistrict[];
  if (ranges !== undefined) {
    const digit = sector.slice(-1);
    const codes = [rangeCode(ranges, `${digit}AA`), ...ranges.filter((range) => range.from.startsWith(digit)).map((range) => range.code)];
    const distinct = [...new Set(codes.filter((code): code is string => code !== null))];
    districts = distinct.map((code) => district(tables, code, geography, distinct.length === 1 ? 1 : null));
  } else {
    if (!(tables.sectors.get(sector)?.[0]?.code.startsWith('E') ?? true)) return failed(sector, 'not-england', what);
    const rows = (geography === '2025' ? tables.sectors : tables.sectors16).get(sector) ?? [];
    districts = mergeShares(rows.map((row) => district(tables, row.code, geography, row.share)));
  }
  if (districts.length === 0) return tables.outcodes.has(outcode) ? failed(sector, 'not-found', what) : missingOutcode(tables, sector, outcode, what);
  if (districts.every((d) => !d.inEngland)) return failed(sector, 'not-england', what);
  return { kind: 'sector', sector, outcode, districts };
}

/** Rows that come to the same code in the geography asked for (two 2023 codes of one 2025 council) are one, their shares summed. */
function mergeShares(districts: PlacedDistrict[]): PlacedDistrict[] {
  const byCode = new Map<string, PlacedDistrict>();
  for (const d of districts) {
    const seen = byCode.get(d.code);
    if (seen === undefined) byCode.set(d.code, { ...d });
    else seen.share = seen.share === null || d.share === null ? null : seen.share + d.share;
  }
  return [...byCode.values()];
}
