/**
 * The statistics layer: small pure functions on arrays of numbers, one concept per file.
 * Everything accepts any ArrayLike<number> (plain arrays or typed arrays) and never changes its input.
 *
 * Each statistic has one implementation. Where the engine needs it without allocating, it is a
 * kernel that writes into buffers the caller provides (`…Into`, or a reduction over a range
 * [from, to)); the allocating function of the same name is a thin wrapper over it.
 */
export { sum, roundingError } from './sum.js';
export { mean } from './mean.js';
export { sampleVariance, sumOfSquaredDeviations } from './sampleVariance.js';
export { sampleStandardDeviation } from './sampleStandardDeviation.js';
export { extent, minimum, maximum } from './extent.js';
export { median } from './median.js';
export { quantile, quantileSorted } from './quantile.js';
export { quantileFromCounts, orderStatisticFromCounts } from './quantileFromCounts.js';
export { sortedAscending } from './sorted.js';
export { orderDescending, orderDescendingInto, orderScratch, type OrderScratch } from './orderDescending.js';
export { zScores, zScoresInto } from './zScores.js';
export { minMaxScores, minMaxScoresInto } from './minMaxScores.js';
export { averageRanks, averageRanksInto } from './averageRanks.js';
export { percentileRankScores, percentileRankScoresInto } from './percentileRankScores.js';
export { rankDescending, rankDescendingInto } from './rankDescending.js';
export { decile } from './decile.js';
export { weightedMean, weightedMeansInto, weightSumsInto } from './weightedMean.js';
export { spearman } from './spearman.js';
export { adjustedRSquared } from './adjustedRSquared.js';
export { cholesky } from './cholesky.js';
export { quadraticFormInverse } from './quadraticFormInverse.js';
export { correlationRatio } from './correlationRatio.js';
export { createRandom, isSeed, MAX_SEED, type Random } from './random.js';
export { normalSample } from './normalSample.js';
export { gammaSample, logGammaSample } from './gammaSample.js';
export { dirichletSample } from './dirichletSample.js';
