/**
 * One place search for every door (the header's search box, `GET …/search`, `smi search`): what a
 * person types — part of a name, a name with a typo, a former name, a GSS code, a postcode or an
 * outward code — to the edition's areas, ranked, each with the reason it was found. Pure: the
 * postcode, if the text is one, is looked up by the caller (src/geo/postcodes.ts over the tables
 * the pipeline reads) and passed in.
 *
 * Order: the code; the exact name; names that start with the text; names with a word that starts
 * with it; former names (on 2025 geography a 2016 district finds its council; on 2016 geography
 * a council of today finds its districts); names that contain it; and, only when none of these
 * finds anything, near misses by edit distance ("Hastngs" → Hastings). Names compare as
 * {@link normaliseName} spells them.
 */
import { UNRANKED_AREAS, postcodeText, type PlacedDistrict, type PostcodeAnswer } from '../geo/postcodes.js';
import { SEARCH } from '../method/vocabulary.js';
import { normaliseName, typoDistance, typoLimit } from './areaLookup.js';

/** What the search needs of an area. */
export interface SearchArea {
  code: string;
  name: string;
  /** The April 2025 council the area is (or is part of). */
  successorCode: string;
  successorName: string;
}

/** Why a result was found, best first. */
export type SearchMatch = (typeof SEARCH.matches)[number];

const REASONS: Record<SearchMatch, string> = {
  code: 'code',
  name: 'name',
  prefix: 'name',
  word: 'name',
  former: 'former district',
  postcode: 'postcode',
  sector: 'postcode sector',
  outcode: 'postcode district',
  contains: 'name',
  typo: 'typo',
};

export interface SearchResult {
  code: string;
  name: string;
  match: SearchMatch;
  /** The reason in a word or two: "name", "former district", "postcode", "typo"… */
  reason: string;
  /** A sentence where the reason needs one ("Carlisle was a district of 2016; it is now part of Cumberland."). */
  sentence: string | null;
  /** For a postcode or outward code: the share of its postcodes in this area (null where not counted). */
  share: number | null;
}

export interface PlaceSearchInput {
  /** The edition's areas. */
  areas: readonly SearchArea[];
  geography: '2016' | '2025';
  /** On 2025 geography: the 2016 districts (the other edition's areas), so their names find their councils. */
  formerAreas?: readonly SearchArea[];
  /** The postcode answer when the text has the shape of a postcode or outward code. */
  postcode?: PostcodeAnswer | null;
}

export interface PlaceSearch {
  results: SearchResult[];
  /** What a postcode answer says beyond its results: why it could not be placed, or a part not ranked. Null otherwise. */
  postcodeMessage: string | null;
}

function percent(share: number): string {
  const value = Math.round(share * 100);
  return value === 0 ? 'under 1%' : value === 100 && share < 1 ? 'over 99%' : `${value}%`;
}

function postcodeResults(answer: PostcodeAnswer, byCode: ReadonlyMap<string, SearchArea>): PlaceSearch {
  if (answer.kind === 'failed') return { results: [], postcodeMessage: answer.message };
  const nameOf = (district: PlacedDistrict) => byCode.get(district.code)?.name ?? UNRANKED_AREAS[district.code] ?? district.lookupName ?? district.code;
  if (answer.kind === 'postcode') {
    // a full postcode is in its first district: exactly, or as its sector's majority when it is no exception
    const [placed, ...others] = answer.districts;
    const area = placed === undefined ? undefined : byCode.get(placed.code);
    if (placed === undefined || area === undefined) {
      const where = placed === undefined ? 'no area of this edition' : placed.inEngland ? `${nameOf(placed)}, which the index does not rank` : `${nameOf(placed)}, outside England`;
      return { results: [], postcodeMessage: `${answer.postcode} is in ${where}.` };
    }
    const sentence =
      others.length === 0
        ? `${answer.postcode} is in ${area.name}.`
        : `${answer.postcode} is in ${area.name}, as ${placed.share === null ? 'most' : percent(placed.share)} of the postcodes of its sector ${answer.sector} are (a postcode newer than August 2024 may be elsewhere).`;
    const results: SearchResult[] = [{ code: area.code, name: area.name, match: 'postcode', reason: REASONS.postcode, sentence, share: others.length === 0 ? 1 : placed.share }];
    // the sector's other districts, where a postcode newer than the lookup might be
    for (const other of others) {
      const alternative = byCode.get(other.code);
      if (alternative === undefined) continue;
      results.push({ code: alternative.code, name: alternative.name, match: 'postcode', reason: REASONS.postcode, sentence: `${other.share === null ? 'Some' : percent(other.share)} of the postcodes of its sector ${answer.sector} are in ${alternative.name}.`, share: other.share });
    }
    return { results, postcodeMessage: null };
  }
  // a sector or an outward code: the districts it spans, largest share first
  const what = postcodeText(answer);
  const match: SearchMatch = answer.kind;
  const notes: string[] = [];
  const results: SearchResult[] = [];
  for (const district of answer.districts) {
    const area = byCode.get(district.code);
    const part = district.share === null ? 'Part' : percent(district.share);
    if (area === undefined) {
      notes.push(district.inEngland ? `${part} of ${what} is in ${nameOf(district)}, which the index does not rank.` : `${part} of ${what} is outside England.`);
      continue;
    }
    const sentence = `${district.share === null ? 'Some' : district.share === 1 ? 'All' : percent(district.share)} of the postcodes of ${what} are in ${area.name}.`;
    results.push({ code: area.code, name: area.name, match, reason: REASONS[match], sentence, share: district.share });
  }
  return { results, postcodeMessage: notes.length > 0 ? notes.join(' ') : null };
}

/** Ranks how a normalised name matches a normalised query, or null (typos apart). */
function nameMatch(name: string, query: string): 'name' | 'prefix' | 'word' | 'contains' | null {
  if (name === query) return 'name';
  if (name.startsWith(query)) return 'prefix';
  if (name.includes(` ${query}`)) return 'word';
  if (query.length >= 3 && name.includes(query)) return 'contains';
  return null;
}

/**
 * The areas a text finds, ranked, at most `limit`. A postcode answer, when given, comes first
 * (an outward code's districts by share); a code, the names, former names and typos follow.
 */
export function placeSearch(input: PlaceSearchInput, query: string, limit: number = SEARCH.limit.default): PlaceSearch {
  const byCode = new Map(input.areas.map((area) => [area.code, area]));
  const found = new Map<string, SearchResult & { order: number; tie: number }>();
  const add = (area: SearchArea, match: SearchMatch, sentence: string | null, tie = 0, share: number | null = null) => {
    const order = SEARCH.matches.indexOf(match);
    const seen = found.get(area.code);
    if (seen !== undefined && (seen.order < order || (seen.order === order && seen.tie <= tie))) return;
    found.set(area.code, { code: area.code, name: area.name, match, reason: REASONS[match], sentence, share, order, tie });
  };

  let postcodeMessage: string | null = null;
  const ordered: SearchResult[] = [];
  if (input.postcode) {
    const answer = postcodeResults(input.postcode, byCode);
    postcodeMessage = answer.postcodeMessage;
    ordered.push(...answer.results);
  }

  const trimmed = query.trim();
  const upper = trimmed.toUpperCase();
  const wanted = normaliseName(trimmed);
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'en-GB');

  const own = byCode.get(upper);
  if (own !== undefined) add(own, 'code', null);
  const successors = (code: string) => input.areas.filter((area) => area.successorCode === code && area.code !== code);
  // a code of the other geography: a 2016 district's code on 2025 geography, a 2025 council's on 2016
  if (input.geography === '2025') {
    const former = input.formerAreas?.find((area) => area.code === upper);
    const council = former === undefined ? undefined : byCode.get(former.successorCode);
    if (former !== undefined && council !== undefined && own === undefined) add(council, 'former', formerSentence(former, council));
  } else if (own === undefined) {
    for (const district of successors(upper)) add(district, 'former', `${district.name} is part of ${district.successorName} (${district.successorCode}), a council of today.`);
  }

  if (wanted !== '') {
    for (const area of input.areas) {
      const match = nameMatch(normaliseName(area.name), wanted);
      if (match !== null) add(area, match, null);
    }
    if (input.geography === '2025') {
      for (const former of input.formerAreas ?? []) {
        const council = byCode.get(former.successorCode);
        if (council === undefined || normaliseName(former.name) === normaliseName(council.name)) continue;
        const match = nameMatch(normaliseName(former.name), wanted);
        if (match !== null && match !== 'contains') add(council, 'former', formerSentence(former, council), match === 'name' ? 0 : 1);
      }
    } else {
      const councils = new Map<string, string>();
      for (const area of input.areas) if (area.successorCode !== area.code && normaliseName(area.successorName) !== normaliseName(area.name)) councils.set(area.successorCode, area.successorName);
      for (const [code, name] of councils) {
        const match = nameMatch(normaliseName(name), wanted);
        if (match === null || match === 'contains') continue;
        const parts = successors(code);
        for (const district of parts) add(district, 'former', `${name}, a council of today, is made of ${parts.length === 1 ? 'this district' : `the districts ${joinAnd(parts.map((p) => p.name).sort())}`}; ${district.name} is one of them.`, match === 'name' ? 0 : 1);
      }
    }
    // near misses only when the text matches nothing as it is (else "cumberland" would offer Sunderland)
    const limitTypo = found.size === 0 && ordered.length === 0 ? typoLimit(wanted.length) : 0;
    if (limitTypo > 0) {
      for (const area of input.areas) {
        if (found.has(area.code)) continue;
        const d = typoDistance(normaliseName(area.name), wanted);
        if (d <= limitTypo) add(area, 'typo', `Did you mean ${area.name}?`, d);
      }
    }
  }

  const rest = [...found.values()]
    .filter((result) => !ordered.some((r) => r.code === result.code))
    .sort((a, b) => a.order - b.order || a.tie - b.tie || byName(a, b))
    .map(({ order: _order, tie: _tie, ...result }) => result);
  return { results: [...ordered, ...rest].slice(0, limit), postcodeMessage };
}

/**
 * The one area a postcode names, for the doors that take an area (`smi area "CA1 1RD"`): a full
 * postcode's district (its sector's majority when the sector is split), an outward code's only
 * district; otherwise a sentence saying why not (not placed, not ranked, or several districts).
 */
export function postcodeArea<T extends SearchArea>(areas: readonly T[], answer: PostcodeAnswer): { area: T; sentence: string } | { problem: string } {
  const search = postcodeResults(answer, new Map(areas.map((area) => [area.code, area])));
  const [first] = search.results;
  const what = postcodeText(answer);
  if (first === undefined) return { problem: search.postcodeMessage ?? `${what} is in no area of this edition.` };
  // a sector or an outward code names an area only when all of it is there
  if ((answer.kind === 'outcode' || answer.kind === 'sector') && (search.results.length > 1 || search.postcodeMessage !== null)) {
    const listed = search.results.map((r) => `${r.name}${r.share === null ? '' : ` (${percent(r.share)})`}`).join(', ');
    const note = search.postcodeMessage === null ? '' : ` ${search.postcodeMessage.replace(/\.$/, '')};`;
    const spans = search.results.length > 1 ? `spans ${search.results.length} areas: ${listed};` : `is partly in ${listed};`;
    return { problem: `the ${answer.kind === 'sector' ? 'postcode sector' : 'outward code'} ${what} ${spans}${note} give a full postcode, a name or a code.` };
  }
  return { area: areas.find((area) => area.code === first.code)!, sentence: first.sentence ?? `${what} is in ${first.name}.` };
}

function formerSentence(former: SearchArea, council: SearchArea): string {
  return `${former.name} was a district of 2016; it is now part of ${council.name}.`;
}

function joinAnd(names: string[]): string {
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
