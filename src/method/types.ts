/**
 * The method of a composite index, as data. A method description is plain JSON: the engine
 * executes whatever description it is given, so a re-weighting or a what-if is just another
 * description. The types are inferred from the schema (`schema.ts`) and the names of every choice
 * come from the vocabulary (`vocabulary.ts`), so none of them is written twice.
 */
import type { z } from 'zod';
import type { indicatorSchema, methodSchema, stageSchema } from './schema.js';

export type { Aggregation, Direction, MissingRule, Normalisation, TieRule } from './vocabulary.js';

/** A life stage: id, label and relative weight in the overall score (weights are normalised to sum to 1). */
export type StageDefinition = z.infer<typeof stageSchema>;

/** One indicator: id, number, label, definition, stage, direction, unit and weight within its stage. */
export type IndicatorDefinition = z.infer<typeof indicatorSchema>;

/** A whole method: stages, indicators and the named choices. */
export type MethodDescription = z.infer<typeof methodSchema>;
