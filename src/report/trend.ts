/**
 * One area over the years of the series: for each year its overall and life-stage ranks, class
 * and decile, and each indicator's value, England median and rank, with carried values and series
 * breaks marked. Built on `areaProfile` of each year, so a year of the trend says exactly what
 * `smi area --edition open-series@<year>` says. Pure: the years come scored.
 */
import { areaProfile } from './profile.js';
import type { AreaClass, Level } from '../method/vocabulary.js';
import type { ScoredEdition } from './scoredEdition.js';

export interface TrendIndicatorPoint {
  id: string;
  number: number | null;
  label: string;
  unit: string;
  value: number | null;
  median: number | null;
  rank: number | null;
  rankOf: number | null;
  level: Level;
  /** The data year of the value. */
  year: string | null;
  /** The year the value is carried from, when it is not the series year's own. */
  carriedFromYear: string | null;
  seriesBreak: string | null;
}

export interface TrendYear {
  year: number;
  edition: string;
  rankedCount: number;
  overall: { rank: number | null; class: AreaClass | null; decile: number | null };
  stages: Array<{ id: string; label: string; rank: number | null; decile: number | null }>;
  indicators: TrendIndicatorPoint[];
}

export interface AreaTrend {
  code: string;
  name: string;
  /** The 2016 district the query named, when it resolved to the council it is now part of. */
  resolvedFrom: { code: string; name: string } | null;
  /** The sentence saying so, or null. */
  resolution: string | null;
  years: TrendYear[];
}

/** The trend of the area `code` over `series` (every year must have the area). */
export function areaTrend(series: ReadonlyArray<{ year: number; scored: ScoredEdition }>, code: string, resolvedFrom: { code: string; name: string } | null = null): AreaTrend {
  let name = code;
  const years = series.map(({ year, scored }): TrendYear => {
    const entry = scored.byCode.get(code);
    if (entry === undefined) throw new RangeError(`${code} is not an area of ${scored.edition.id}`);
    const profile = areaProfile(scored, entry);
    name = profile.name;
    return {
      year,
      edition: scored.edition.id,
      rankedCount: profile.rankedCount,
      overall: { rank: profile.overall.rank, class: profile.overall.class, decile: profile.overall.decile },
      stages: profile.stages.map((stage) => ({ id: stage.id, label: stage.label, rank: stage.rank, decile: stage.decile })),
      indicators: profile.indicators.map((indicator) => ({
        id: indicator.id,
        number: indicator.number,
        label: indicator.label,
        unit: indicator.unit,
        value: indicator.value,
        median: indicator.median,
        rank: indicator.rank,
        rankOf: indicator.rankOf,
        level: indicator.level,
        year: indicator.year,
        carriedFromYear: indicator.carriedFromYear,
        seriesBreak: indicator.seriesBreak,
      })),
    };
  });
  const resolution = resolvedFrom === null ? null : `${resolvedFrom.name} (${resolvedFrom.code}) is a district of 2016; since the local government changes it is part of ${name} (${code}), whose series this is.`;
  return { code, name, resolvedFrom, resolution, years };
}

/** A place `smi trend` and the trend route accept: a council of 2025, or a district of 2016 and the council it is now part of. */
export interface TrendPlace {
  code: string;
  name: string;
  /** The council of 2025 whose series answers. */
  council: string;
  /** The 2016 district, when the place is one (and not also a council of the same code or name). */
  from: { code: string; name: string } | null;
}

/** The places a trend can be asked for: the councils, then the 2016 districts that are not a council of the same code or name. */
export function trendPlaces(councils: ReadonlyArray<{ code: string; name: string }>, districts: ReadonlyArray<{ code: string; name: string; successorCode: string }>): TrendPlace[] {
  const places: TrendPlace[] = councils.map((c) => ({ code: c.code, name: c.name, council: c.code, from: null }));
  const codes = new Set(councils.map((c) => c.code));
  const names = new Set(councils.map((c) => c.name.toLowerCase()));
  for (const d of districts) {
    if (!codes.has(d.code) && !names.has(d.name.toLowerCase())) places.push({ code: d.code, name: d.name, council: d.successorCode, from: { code: d.code, name: d.name } });
  }
  return places;
}

/**
 * The place a trend is asked for by its code (any case): one of `places` (trendPlaces), or else a
 * 2016 district left out of them because a council of 2025 has its name but another code — Barnsley
 * and Sheffield, whose codes changed with their boundaries — which resolves to that council all the
 * same, with the sentence. Undefined for the code of neither a council nor a district.
 */
export function trendPlaceByCode(places: readonly TrendPlace[], districts: ReadonlyArray<{ code: string; name: string; successorCode: string }>, code: string): TrendPlace | undefined {
  const upper = code.trim().toUpperCase();
  const place = places.find((candidate) => candidate.code === upper);
  if (place !== undefined) return place;
  const district = districts.find((candidate) => candidate.code === upper);
  return district === undefined ? undefined : { code: district.code, name: district.name, council: district.successorCode, from: { code: district.code, name: district.name } };
}
