/**
 * Shapes of the analysis routes' responses (/api/v1/editions/{e}/areas/{code}/explain, /whatif,
 * /neighbours, and /patterns, /shift, /uncertainty). The report types come from the pure analysis
 * modules the server answers with, so the app and the API cannot drift apart unnoticed.
 */
import type { Driver, Explanation, StageExplanation } from '../../src/analysis/explain.js';
import type { Neighbour, NeighbourReport } from '../../src/analysis/neighbours.js';
import type { GroupShare, NamedCheck, PatternArea, PatternsReport } from '../../src/analysis/patterns.js';
import type { ShiftReport, ShiftRow } from '../../src/analysis/shift.js';
import type { Change, Snapshot, WhatIfResult } from '../../src/analysis/whatIf.js';
import type { Attribution } from './types.js';

export type { Change, Driver, GroupShare, NamedCheck, Neighbour, PatternArea, ShiftRow, Snapshot, StageExplanation };

export type ExplainResponse = Explanation & { attribution: Attribution };
export type WhatIfResponse = WhatIfResult & { attribution: Attribution };
export type NeighboursResponse = NeighbourReport & { attribution: Attribution };
export type ShiftResponse = ShiftReport & { changes: string; attribution: Attribution };

export type PatternsResponse = PatternsReport & { attribution: Attribution };

/** One area of GET …/uncertainty (the same numbers the Web Worker computes). */
export interface UncertaintyAreaJson {
  code: string;
  name: string;
  rank: number | null;
  median_rank: number | null;
  p05: number | null;
  p95: number | null;
  p_hotspot: number | null;
  p_coldspot: number | null;
}
