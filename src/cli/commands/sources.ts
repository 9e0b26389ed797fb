/** `smi sources`: the files an edition is built from, with publisher, licence and checksum. */
import type { Command } from 'commander';
import { OGL_URL, attributionStatements } from '../../report/attribution.js';
import { sourcesResponse } from '../../views/responses.js';
import { readEdition, type SourceFlags } from '../context.js';
import type { Io } from '../io.js';
import { formatCsv, formatJson } from '../output.js';
import { withFormat, withSource, type FormatFlag } from './options.js';

export function registerSources(program: Command, io: Io): void {
  const command = program.command('sources').description('The source files of the edition: publisher, original publication, licence and SHA-256.');
  withFormat(withSource(command), ['table', 'csv', 'json'], 'table').action(async (flags: SourceFlags & FormatFlag) => {
    const edition = await readEdition(flags, io.env);
    if (flags.format === 'json') {
      io.out(formatJson(sourcesResponse({ edition })));
      return;
    }
    if (flags.format === 'csv') {
      io.out(formatCsv(['id', 'path', 'title', 'publisher', 'url', 'licence', 'sha256'], edition.sources.map((s) => [s.id, s.path, s.title, s.publisher, s.url, s.licence, s.sha256])));
      return;
    }
    if (edition.sources.length === 0) io.out(`${edition.label} comes from your own file; it has no registered sources.\n`);
    for (const source of edition.sources) {
      io.out(`${source.title}\n  publisher: ${source.publisher}\n  file:      ${source.path}\n  published: ${source.url}\n  licence:   ${source.licence}\n  sha256:    ${source.sha256}\n\n`);
    }
    io.out(`${attributionStatements(edition).join('\n')}\nLicence: ${OGL_URL}\n`);
  });
}
