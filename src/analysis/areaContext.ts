/**
 * The context of an area beside its index values: deprivation, rural-urban class and whether it
 * is on the coast. Plain data, read by src/pipeline/context.ts from ../shared/data/geo and used by
 * `smi patterns` and `smi neighbours --on context`.
 *
 * ## Coastal flag
 * geo/lad16_england_lookup.csv gives `mhw_exterior_km`: the length of a district's boundary that is
 * shared with no other UK district in the ONS 2016 super-generalised boundaries, i.e. coastline
 * plus tidal estuaries and rivers, clipped to Mean High Water. It is a heuristic, so:
 * - a district is **coastal** when mhw_exterior_km > {@link COAST_THRESHOLD_KM} (5 km), which drops
 *   the slivers of tidal river of Lewisham, Hammersmith and Fulham, Kensington and Chelsea,
 *   Lambeth, Westminster, Horsham (Adur) and Tewkesbury (Severn), 1–5 km each;
 * - except the districts in {@link NOT_COASTAL}, checked by hand: their exterior boundary is a
 *   tidal river or the inner end of an estuary, not the sea. Every London borough on the tidal
 *   Thames (Wandsworth, Southwark, Tower Hamlets, Newham, Greenwich, Barking and Dagenham,
 *   Havering, Bexley), and the river cities and districts Gateshead and Newcastle upon Tyne (Tyne),
 *   Middlesbrough (Tees), Warrington and Halton (upper Mersey), Preston and South Ribble (Ribble),
 *   Selby (Ouse), Exeter (head of the Exe estuary), Ipswich (head of the Orwell), Chelmsford and
 *   Broadland (tidal rivers, no sea frontage) and Stroud (upper Severn estuary).
 * Districts on the outer Thames estuary (Thurrock, Dartford, Gravesham, Medway, Southend, Castle
 * Point) and on the outer Severn, Humber and Mersey estuaries (South Gloucestershire, Hull, North
 * Lincolnshire, Wirral, Liverpool) keep the flag: they front open tidal water, which is how
 * "coastal" is usually read in coastal-communities work. The line is a judgement; the list is here
 * so that it can be argued with.
 * A 2025 council is coastal when any of its 2016 districts is.
 */

/** Above this length of exterior (MHW) boundary, in km, a district counts as coastal. */
export const COAST_THRESHOLD_KM = 5;

/** 2016 districts over the threshold that are not on the coast (see the module comment). */
export const NOT_COASTAL: Readonly<Record<string, string>> = {
  E09000032: 'Wandsworth: tidal Thames',
  E09000028: 'Southwark: tidal Thames',
  E09000030: 'Tower Hamlets: tidal Thames',
  E09000025: 'Newham: tidal Thames',
  E09000011: 'Greenwich: tidal Thames',
  E09000002: 'Barking and Dagenham: tidal Thames',
  E09000016: 'Havering: tidal Thames',
  E09000004: 'Bexley: tidal Thames',
  E08000037: 'Gateshead: tidal Tyne',
  E08000021: 'Newcastle upon Tyne: tidal Tyne',
  E06000002: 'Middlesbrough: Tees, no sea frontage',
  E06000007: 'Warrington: upper Mersey',
  E06000006: 'Halton: upper Mersey',
  E07000123: 'Preston: Ribble',
  E07000126: 'South Ribble: Ribble',
  E07000169: 'Selby: tidal Ouse',
  E07000041: 'Exeter: head of the Exe estuary',
  E07000202: 'Ipswich: head of the Orwell estuary',
  E07000070: 'Chelmsford: tidal rivers, no sea frontage',
  E07000144: 'Broadland: tidal rivers, no sea frontage',
  E07000082: 'Stroud: upper Severn estuary',
};

/** The coastal rule for one 2016 district (see the module comment). */
export function isCoastalDistrict(code: string, mhwExteriorKm: number): boolean {
  return mhwExteriorKm > COAST_THRESHOLD_KM && !Object.hasOwn(NOT_COASTAL, code);
}

export interface AreaContext {
  code: string;
  /** The 2016 districts the area covers (itself, on 2016 geography). */
  districts: string[];
  /** Number of LSOAs (2011) in the area. */
  lsoaCount: number;
  /**
   * IMD 2015: mean of the area's LSOA scores (unweighted, LSOA-weighted over merged districts);
   * higher = more deprived. An approximation of the official population-weighted average score.
   */
  imd2015Score: number | null;
  /** IMD 2015: share (0–1) of the area's LSOAs in England's most deprived 10%. */
  imd2015MostDeprived10: number | null;
  /** IMD 2019: population-weighted score of the 2019 district (LSOA-weighted mean over merged districts). */
  imd2019Score: number | null;
  /** IMD 2019: share (0–1) of LSOAs in England's most deprived 10%. */
  imd2019MostDeprived10: number | null;
  /** 2011 rural-urban class, 1 (mainly rural) … 6 (urban with major conurbation); null if unknown. */
  ruralUrbanCode: number | null;
  /** Summed exterior (MHW) boundary of its districts, km. */
  coastKm: number;
  coastal: boolean;
}

/** Deprivation measures of {@link AreaContext} by the name reports use. */
export const DEPRIVATION_MEASURES = [
  { id: 'imd2015Score', label: 'IMD 2015 mean score', get: (c: AreaContext) => c.imd2015Score },
  { id: 'imd2015MostDeprived10', label: 'IMD 2015 share of LSOAs in most deprived 10%', get: (c: AreaContext) => c.imd2015MostDeprived10 },
  { id: 'imd2019Score', label: 'IMD 2019 average score', get: (c: AreaContext) => c.imd2019Score },
  { id: 'imd2019MostDeprived10', label: 'IMD 2019 share of LSOAs in most deprived 10%', get: (c: AreaContext) => c.imd2019MostDeprived10 },
] as const;
