/**
 * The aggregation assumption: arithmetic or geometric mean (the vocabulary's aggregations), each
 * with the same probability; its share is the between-category share of the rank variance
 * (categorical.ts).
 */
import { ASSUMPTION_CATEGORIES } from '../../method/vocabulary.js';
import { categoricalAssumption } from './categorical.js';

export const aggregationAssumption = categoricalAssumption('aggregation', ASSUMPTION_CATEGORIES.aggregation, (draft, aggregation) => {
  draft.aggregation = aggregation;
});
