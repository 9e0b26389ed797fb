/**
 * The normalisation assumption: z-scores, min–max or percentile ranks (the vocabulary's
 * normalisations), each with the same probability; its share is the between-category share of
 * the rank variance (categorical.ts).
 */
import { ASSUMPTION_CATEGORIES } from '../../method/vocabulary.js';
import { categoricalAssumption } from './categorical.js';

export const normalisationAssumption = categoricalAssumption('normalisation', ASSUMPTION_CATEGORIES.normalisation, (draft, normalisation) => {
  draft.normalisation = normalisation;
});
