/**
 * Schema pieces shared by the API's responses: the vocabulary's choices as enums, nullable
 * numbers, the attribution every response carries and the error body.
 */
import { z } from 'zod';
import { idsOf, type Vocabulary } from '../method/vocabulary.js';

/** A zod enum of a vocabulary's ids, described by its labels. */
export function choice<Id extends string>(vocabulary: Vocabulary<Id>) {
  return z.enum(idsOf(vocabulary)).describe(`The ${vocabulary.name}: ${vocabulary.choices.map((entry) => `${entry.id} (${entry.label})`).join(', ')}.`);
}

export const nullableNumber = z.number().nullable();
export const nullableInteger = z.number().int().nullable();
export const nullableString = z.string().nullable();

/** A rank: 1 = best; null for an unranked area. */
export const rank = z.number().int().min(1).nullable().describe('1 = best; null when unranked.');

/** A decile of a rank among N: ⌈10 · rank / N⌉, 1 = best tenth. */
export const decile = z.number().int().min(1).max(10).nullable().describe('⌈10 × rank / N⌉: 1 = best 10% … 10 = worst 10%; null when unranked.');

/** The licence attribution every response that holds data carries, in one shape. */
export const attributionSchema = z
  .object({
    text: z.string().describe('One paragraph naming every source once, the Open Government Licence statement and the licence address.'),
    statements: z.array(z.string()).describe("Each source's own attribution statement, verbatim, without repeats."),
    licence: z.string().describe('The address of the Open Government Licence v3.0.'),
    caveat: z.string().describe("One line to quote with any rank: an open edition rebuilt from public data, not the Social Mobility Commission's published index, and where its limits are written."),
  })
  .describe('The attribution the Open Government Licence requires: show it with any figure taken from the response.');

export type Attribution = z.infer<typeof attributionSchema>;

/** Every error answer: 400 (a bad parameter), 404 (an unknown edition, area or route), 503. */
export const errorSchema = z.object({
  error: z.string().describe('One sentence saying what is wrong and what would be right.'),
  parameter: z.string().optional().describe('The query parameter that is wrong, when one is.'),
});

export type ErrorBody = z.infer<typeof errorSchema>;
