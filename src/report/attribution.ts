/**
 * The licence attribution every export and report carries: the Open Government Licence v3.0
 * statement of each source used, without repeats.
 */
import type { Edition } from '../edition/types.js';

export const OGL_URL = 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/';

export function attribution(edition: Pick<Edition, 'sources'>): string[] {
  const lines = edition.sources.map((source) => source.attribution.trim()).filter((line) => line !== '');
  return [...new Set(lines)];
}

const OGL_STATEMENT = 'Contains public sector information licensed under the Open Government Licence v3.0.';

/**
 * One paragraph for the foot of a table: the sources named once each, the Open Government Licence
 * statement once, and any other statement (such as the Ordnance Survey credit for boundaries) verbatim.
 */
export function attributionText(edition: Pick<Edition, 'sources'>): string {
  const lines = attribution(edition);
  const credits = lines.filter((line) => line.includes(OGL_STATEMENT)).map((line) => line.replace(OGL_STATEMENT, '').trim().replace(/\.$/, ''));
  const others = lines.filter((line) => !line.includes(OGL_STATEMENT));
  const parts = credits.length > 0 ? [`Sources: ${credits.join('; ')}.`, OGL_STATEMENT, ...others] : others;
  return `${parts.join(' ')} Licence: ${OGL_URL}`;
}
