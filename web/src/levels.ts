/**
 * What each data level means, in plain words, for the area page's badges and the method page's
 * table: the vocabulary's LEVEL entries (src/method/vocabulary.ts), looked up by id.
 */
import { LEVEL, levelChoice, type LevelChoice } from '../../src/method/vocabulary.js';

export const LEVELS: readonly LevelChoice[] = LEVEL.choices;

/** The level's entry (an unknown id is shown as itself and treated as a stand-in). */
export const levelInfo = levelChoice;
