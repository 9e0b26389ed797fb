/**
 * The statistics layer: small pure functions on arrays of numbers, one concept per file.
 * Everything accepts any ArrayLike<number> (plain arrays or typed arrays) and never changes its input.
 */
export { sum } from './sum.js';
export { mean } from './mean.js';
export { sampleVariance } from './sampleVariance.js';
export { sampleStandardDeviation } from './sampleStandardDeviation.js';
export { extent } from './extent.js';
export { median } from './median.js';
export { quantile, quantileSorted } from './quantile.js';
export { sortedAscending, lowerBound, upperBound } from './sorted.js';
export { orderDescending } from './orderDescending.js';
export { zScores } from './zScores.js';
export { minMaxScores } from './minMaxScores.js';
export { averageRanks } from './averageRanks.js';
export { percentileRankScores } from './percentileRankScores.js';
export { rankDescending, type RankTies } from './rankDescending.js';
export { decile } from './decile.js';
export { weightedMean } from './weightedMean.js';
export { weightedGeometricMean } from './weightedGeometricMean.js';
export { spearman } from './spearman.js';
export { createRandom, isSeed, MAX_SEED, type Random } from './random.js';
export { normalSample } from './normalSample.js';
export { gammaSample, logGammaSample } from './gammaSample.js';
export { dirichletSample } from './dirichletSample.js';
