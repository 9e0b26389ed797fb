/**
 * The licence attribution every export, report and response carries: the Open Government Licence
 * v3.0 statement of each source used, without repeats. The OGL's name, address and statement are
 * defined here once; the manifest's per-source statements and every download's credit use them.
 */
import type { SourceFile } from '../edition/types.js';

export const OGL_NAME = 'Open Government Licence v3.0';
export const OGL_URL = 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/';
export const OGL_STATEMENT = 'Contains public sector information licensed under the Open Government Licence v3.0.';

/**
 * The attribution every map drawn from ONS boundaries must carry (geo/SOURCES.md), with the year of
 * the boundary set.
 */
export function mapAttribution(year: number): string {
  return `Source: Office for National Statistics licensed under the Open Government Licence v.3.0. Contains OS data © Crown copyright and database right ${year}.`;
}

/**
 * The credit every postcode answer carries: the text geo/postcodes/SOURCES.md gives for the app
 * (ONS NSPL August 2024 and ONSPD November 2022, hence both years).
 */
export const POSTCODE_ATTRIBUTION =
  'Contains OS data © Crown copyright and database right 2022, 2024. Contains Royal Mail data © Royal Mail copyright and database right 2022, 2024. Source: Office for National Statistics licensed under the Open Government Licence v.3.0.';

/**
 * The one line every headline carries — the map, the league table, the area page, Compare,
 * `smi area`, the first rows or sheet of every download, and every API response (as
 * `attribution.caveat`) — so that a rank copied from any of them is not read as the Social Mobility
 * Commission's. The web app shows {@link CAVEAT.text} with a link to {@link CAVEAT.limitsPath};
 * text-only doors write {@link caveatLine}.
 */
export const CAVEAT = {
  text: "An open edition rebuilt from public data — not the Social Mobility Commission's published index.",
  /** The explorer's page on the limits of the open editions (the method page's first section). */
  limitsPath: '/method#limits',
  /** Where the same limits are written in the repository. */
  readme: 'README, "Data and its limits"',
} as const;

/** "An open edition rebuilt from public data — not … index. See the limits: /method#limits (README, "Data and its limits")." */
export function caveatLine(): string {
  return `${CAVEAT.text} See the limits: ${CAVEAT.limitsPath} (${CAVEAT.readme}).`;
}

/** The attribution of every response that holds data (its schema is in src/contract/common.ts). */
export interface Attribution {
  /** One paragraph: the sources named once each, the OGL statement once, other statements verbatim, the licence address. */
  text: string;
  /** Each source's own statement, verbatim, without repeats. */
  statements: string[];
  /** The licence's address. */
  licence: string;
  /** {@link caveatLine}: this is an open edition, not the Commission's published index. */
  caveat: string;
}

/** What is credited: sources with their statements and publishers. */
export interface Credited {
  sources: ReadonlyArray<Pick<SourceFile, 'attribution' | 'publisher'>>;
}

/** Each source's statement, without repeats, in the sources' order. */
export function attributionStatements(credited: Credited): string[] {
  const lines = credited.sources.map((source) => source.attribution.trim()).filter((line) => line !== '');
  return [...new Set(lines)];
}

/**
 * One paragraph for the foot of a table or page: the sources named once each, the Open Government
 * Licence statement once, and any other statement (such as the Ordnance Survey credit for
 * boundaries) verbatim, then the licence's address.
 */
export function attributionText(credited: Credited): string {
  const lines = attributionStatements(credited);
  const credits = lines.filter((line) => line.includes(OGL_STATEMENT)).map((line) => line.replace(OGL_STATEMENT, '').trim().replace(/\.$/, ''));
  const others = lines.filter((line) => !line.includes(OGL_STATEMENT));
  const parts = credits.length > 0 ? [`Sources: ${credits.join('; ')}.`, OGL_STATEMENT, ...others] : others;
  return `${parts.join(' ')} Licence: ${OGL_URL}`;
}

/** The attribution object of a response. */
export function attribution(credited: Credited): Attribution {
  return { text: attributionText(credited), statements: attributionStatements(credited), licence: OGL_URL, caveat: caveatLine() };
}

/** "Sources: A; B. Contains public sector information…": the short credit a CSV carries on every row. */
export function shortCredit(credited: Credited): string {
  const names = [...new Set(credited.sources.map((source) => source.publisher))].sort();
  return `${names.length > 0 ? `Sources: ${names.join('; ')}. ` : ''}${OGL_STATEMENT}`;
}
