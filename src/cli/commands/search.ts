/** `smi search <text>`: the place search of the explorer's header and `GET …/search` (src/report/placeSearch.ts). */
import type { Command } from 'commander';
import { editionEntry, editionOn, isEditionId, type EditionId } from '../../edition/catalogue.js';
import { UsageError } from '../../errors.js';
import { lookupPostcode, postcodeAttempt } from '../../geo/postcodes.js';
import { parseSearchText, parseWholeNumber } from '../../method/parameters.js';
import { SEARCH, describeProblem } from '../../method/vocabulary.js';
import { ParameterError } from '../../errors.js';
import { resolveDataDir } from '../../pipeline/dataDir.js';
import { POSTCODE_SOURCE_FILES, postcodeTables } from '../../pipeline/postcodes.js';
import { attributionText } from '../../report/attribution.js';
import { ordinal } from '../../report/ordinal.js';
import { placeSearch } from '../../report/placeSearch.js';
import { searchResponse } from '../../views/responses.js';
import type { SearchResult } from '../../contract/responses.js';
import { loadScored, readEdition, type SourceFlags } from '../context.js';
import type { Io } from '../io.js';
import { formatJson, formatTable } from '../output.js';
import { withFormat, withSource, type FormatFlag } from './options.js';

export function registerSearch(program: Command, io: Io): void {
  const command = program
    .command('search')
    .description('Find a place: part of a name (typos and punctuation tolerated), a former name (a 2016 district on open-latest finds its council), a GSS code, a postcode or an outward code.')
    .argument('<text...>', 'what to find, e.g. carl, Hastngs, E07000028, "CA1 1RD" or CA1')
    .option('--limit <n>', `how many results (1 to ${SEARCH.limit.max})`, String(SEARCH.limit.default));
  withFormat(withSource(command), ['table', 'json'], 'table').action(async (words: string[], flags: SourceFlags & FormatFlag & { limit: string }) => {
    let text: string;
    let limit: number;
    try {
      text = parseSearchText(words.join(' '));
      limit = parseWholeNumber('limit', flags.limit, SEARCH.limit);
    } catch (error) {
      if (error instanceof ParameterError) throw new UsageError(describeProblem(error.problem.parameter === 'q' ? 'the search text' : `--${error.problem.parameter}`, error.problem));
      throw error;
    }
    const scored = await loadScored(flags, io.env);
    const id = scored.edition.id;
    const geography = isEditionId(id) ? editionEntry(id).geography.year : null;
    const postcode = geography !== null && postcodeAttempt(text) ? lookupPostcode(postcodeTables(resolveDataDir(io.env)), text, geography) : null;
    const formerAreas = geography === '2025' ? (await readEdition({ edition: editionOn('2016').id as EditionId }, io.env)).areas : undefined;
    const found = placeSearch({ areas: scored.edition.areas, geography: geography ?? '2016', formerAreas, postcode }, text, limit);
    const response = searchResponse(scored, text, found, postcode, POSTCODE_SOURCE_FILES);
    if (flags.format === 'json') {
      io.out(formatJson(response));
      return;
    }
    const lines: string[] = [];
    if (response.postcode?.message) lines.push(response.postcode.message, '');
    if (response.results.length === 0) lines.push(`Nothing in ${id} matches "${text}".`);
    else {
      lines.push(
        formatTable<SearchResult>(
          [
            { header: 'Area', cell: (row) => row.name },
            { header: 'Code', cell: (row) => row.code },
            { header: 'Rank', cell: (row) => (row.rank === null ? 'not ranked' : `${ordinal(row.rank)} of ${row.rankedCount}`), align: 'right' },
            { header: 'Found by', cell: (row) => row.reason },
            { header: 'Why', cell: (row) => row.sentence },
          ],
          response.results,
        ).trimEnd(),
      );
    }
    lines.push('', attributionText({ sources: [...scored.edition.sources, ...(postcode === null ? [] : POSTCODE_SOURCE_FILES)] }), '');
    io.out(lines.join('\n'));
  });
}
