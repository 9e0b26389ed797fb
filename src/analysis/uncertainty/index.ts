/**
 * The assumptions `uncertainty` can vary, one model each (see assumption.ts), by vocabulary id:
 * the type makes a new entry of the vocabulary's ASSUMPTION need its model here.
 */
import type { Assumption } from '../../method/vocabulary.js';
import { aggregationAssumption } from './aggregation.js';
import type { AssumptionModel } from './assumption.js';
import { dataAssumption } from './data.js';
import { normalisationAssumption } from './normalisation.js';
import { samplingAssumption } from './sampling.js';
import { weightsAssumption } from './weights.js';

export const ASSUMPTION_MODELS: Readonly<Record<Assumption, AssumptionModel>> = {
  weights: weightsAssumption,
  normalisation: normalisationAssumption,
  aggregation: aggregationAssumption,
  sampling: samplingAssumption,
  data: dataAssumption,
};

export type { AnalysisContext, AssumptionModel, RunDraft, UncertaintyAreaInput, VariedAssumption } from './assumption.js';
