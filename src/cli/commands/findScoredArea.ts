/**
 * The area an argument names in a scored edition: a name or GSS code (a UsageError suggesting
 * names when none), or, on an open edition, a postcode or an outward code, placed offline in the
 * edition's geography (src/geo/postcodes.ts). A postcode's place and the lookup's credit are
 * written to standard error, so the output itself stays what it is for a name.
 */
import { editionEntry, isEditionId } from '../../edition/catalogue.js';
import { UsageError } from '../../errors.js';
import { lookupPostcode, postcodeAttempt } from '../../geo/postcodes.js';
import { resolveDataDir } from '../../pipeline/dataDir.js';
import { postcodeTables } from '../../pipeline/postcodes.js';
import { findArea } from '../../report/areaLookup.js';
import { POSTCODE_ATTRIBUTION } from '../../report/attribution.js';
import { postcodeArea } from '../../report/placeSearch.js';
import type { ScoredArea, ScoredEdition } from '../../report/scoredEdition.js';
import type { Io } from '../io.js';

export function findScoredArea(scored: ScoredEdition, query: string, io: Pick<Io, 'err' | 'env'>): ScoredArea {
  const id = scored.edition.id;
  if (isEditionId(id) && postcodeAttempt(query)) {
    const answer = lookupPostcode(postcodeTables(resolveDataDir(io.env)), query, editionEntry(id).geography.year);
    const placed = postcodeArea(scored.areas.map((item) => ({ ...item.area, item })), answer);
    if ('problem' in placed) throw new UsageError(`${placed.problem.replace(/\.$/, '')} (in ${id}).`);
    io.err(`${placed.sentence} Postcode lookup: ${POSTCODE_ATTRIBUTION}\n`);
    return placed.area.item;
  }
  return findArea(scored.areas.map((item) => ({ code: item.area.code, name: item.area.name, item })), query, `in ${id}`).item;
}

/** "+0.123" / "−0.045": a signed number for contribution columns. */
export function signed(x: number | null, digits = 3): string {
  if (x === null) return '–';
  const text = Math.abs(x).toFixed(digits);
  if (Number(text) === 0) return text;
  return `${x < 0 ? '−' : '+'}${text}`;
}
