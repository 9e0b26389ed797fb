#!/usr/bin/env python3
"""The numpy reference of `smi uncertainty` (issue 12, deliverable 7): one process, one thread,
vectorised over runs, doing the work of src/analysis/uncertainty.ts on the draws TypeScript made
(bench/reference/export.ts writes them): every run's index (the stage means of the normalised
scores, the overall mean of the stages, exp of it under the geometric mean), its ranks (ties by the
engine's canonical order), then per area the median rank and the 90% interval (R's type 7
quantiles), the chances of being a hotspot and a coldspot, and per varied assumption the share of
rank variance it explains (adjusted R², averaged over the areas whose rank varies and pooled by
their variance). Sums are taken in the engine's order, term by term, so the ranks are the engine's
to the last bit; the sensitivity's sums and products are numpy's own (equal to rounding).

Usage: montecarlo.py DIR   (DIR holds meta.json and arrays.bin)
Prints JSON: the results (areas in the order of meta.codes) and `timing` (seconds: import of
numpy, reading the files, computing).
"""
import json
import os
import sys
import time

started = time.perf_counter()
# one thread: the BLAS under numpy would otherwise start one per core
for variable in ('OPENBLAS_NUM_THREADS', 'OMP_NUM_THREADS', 'MKL_NUM_THREADS'):
    os.environ[variable] = '1'
import numpy as np  # noqa: E402

imported = time.perf_counter()

CHUNK = 128  # runs per block: a block's arrays stay in the processor's cache


def read(folder):
    with open(os.path.join(folder, 'meta.json'), encoding='utf-8') as handle:
        meta = json.load(handle)
    blob = np.fromfile(os.path.join(folder, 'arrays.bin'), dtype='<f8')

    def array(name):
        entry = meta['arrays'][name]
        size = int(np.prod(entry['shape'])) if entry['shape'] else 1
        start = entry['offset'] // 8
        return blob[start:start + size].reshape(entry['shape'])

    return meta, array


def prepared_matrix(matrix, meta):
    """What every block of runs reuses: the scores with 0 for no value, and per stage the areas lacking one."""
    present = ~np.isnan(matrix)
    filled = np.ascontiguousarray(np.where(present, matrix, 0.0).T)  # m x N: each indicator's scores in a row
    gaps = []
    for members in meta['stageIndicators']:
        lacking = np.flatnonzero(~present[:, members].all(axis=1)) if members else np.zeros(0, dtype=np.int64)
        gaps.append((lacking, present[lacking][:, members].astype(np.float64)))
    return filled, gaps


def overall_scores(prepared, weights, stage_weights, meta, geometric):
    """Overall scores (runs x N) of one block: weights runs x m, stage_weights runs x K."""
    filled, gaps = prepared
    runs = weights.shape[0]
    n = filled.shape[1]
    top = np.zeros((runs, n))
    bottom = np.zeros((runs, 1))
    total = np.empty((runs, n))
    term = np.empty((runs, n))
    for k, members in enumerate(meta['stageIndicators']):
        if meta['stageAbsent'][k] == 1:
            continue
        # w·x, term by term in the method's order; a left-out (w = 0) or missing (x = 0) term adds 0
        total.fill(0.0)
        count = np.zeros((runs, 1))
        for i in members:
            w = weights[:, i:i + 1]
            np.multiply(w, filled[i], out=term)
            total += term
            count += w
        mean = total / count
        lacking, presence = gaps[k]
        if len(lacking) > 0:
            # an area without a value is averaged over the weights of the values it has (in the same order)
            own = np.zeros((runs, len(lacking)))
            for j, i in enumerate(members):
                own += weights[:, i:i + 1] * presence[None, :, j]
            mean[:, lacking] = total[:, lacking] / own
        # a stage of weight 0 adds 0, as the engine leaves it out
        stage = stage_weights[:, k:k + 1]
        np.multiply(stage, mean, out=term)
        top += term
        bottom += stage
    scores = top / bottom
    return np.exp(scores, out=scores) if geometric else scores


def ranks_of(scores, ties):
    """1 = highest; equal scores by position (ties 'code') or sharing the best rank (ties 'shared')."""
    runs, n = scores.shape
    negated = -scores
    # numpy's fastest sort is not stable: the few runs with equal scores are sorted again, stably
    order = np.argsort(negated, axis=1)
    ordered = np.take_along_axis(negated, order, axis=1)
    equal = ordered[:, 1:] == ordered[:, :-1]
    tied = np.flatnonzero(equal.any(axis=1))
    if len(tied) > 0:
        order[tied] = np.argsort(negated[tied], axis=1, kind='stable')
    ranks = np.empty((runs, n), dtype=np.int32)
    rows = np.arange(runs)[:, None]
    if ties == 'code':
        ranks[rows, order] = np.arange(1, n + 1, dtype=np.int32)[None, :]
        return ranks
    ordered = -np.take_along_axis(negated, order, axis=1)
    new = np.ones((runs, n), dtype=bool)
    new[:, 1:] = ordered[:, 1:] != ordered[:, :-1]
    positions = np.where(new, np.arange(1, n + 1)[None, :], 0)
    ranks[rows, order] = np.maximum.accumulate(positions, axis=1)
    return ranks


def order_statistics(ranks, ps):
    """The order statistics R's type 7 needs for each p, per area: ranks runs x N -> {k: N values}."""
    runs = ranks.shape[0]
    wanted = sorted({k for p in ps for k in (int(np.floor((runs - 1) * p)), int(np.floor((runs - 1) * p)) + 1) if k < runs})
    by_area = np.partition(np.ascontiguousarray(ranks.T), wanted, axis=1)
    return {k: by_area[:, k].astype(np.float64) for k in wanted}


def quantile(statistics, runs, p):
    """R's type 7, as quantileFromCounts computes it."""
    h = (runs - 1) * p
    j = int(np.floor(h))
    lower = statistics[j]
    fraction = h - j
    if j + 1 >= runs or fraction == 0:
        return lower
    return lower + fraction * (statistics[j + 1] - lower)


def adjusted(r2, runs, regressors):
    if runs <= regressors + 1:
        return None
    return 1 - ((1 - np.minimum(r2, 1.0)) * (runs - 1)) / (runs - regressors - 1)


def linear_share(x, deviation, sum_d, syy):
    """Adjusted R² of each area's rank on the regressors x (runs x p); None when it cannot be estimated."""
    runs = x.shape[0]
    if x.shape[1] == 0:
        return np.zeros(deviation.shape[1])
    sum_x = x.sum(axis=0)
    variation = (x * x).sum(axis=0) - sum_x * sum_x / runs
    kept = variation > 1e-12 * runs
    x = x[:, kept]
    sum_x = sum_x[kept]
    q = x.shape[1]
    if q == 0:
        return np.zeros(deviation.shape[1])
    if runs <= q + 1:
        return None
    sxx = x.T @ x - np.outer(sum_x, sum_x) / runs
    try:
        factor = np.linalg.cholesky(sxx)
    except np.linalg.LinAlgError:
        return None
    sxy = x.T @ deviation - np.outer(sum_x, sum_d) / runs
    solved = np.linalg.solve(factor, sxy)
    return adjusted((solved * solved).sum(axis=0) / syy, runs, q)


def categorical_share(choice, categories, deviation, syy):
    runs = deviation.shape[0]
    sums = np.stack([deviation[choice == g].sum(axis=0) for g in range(categories)])
    counts = np.array([(choice == g).sum() for g in range(categories)], dtype=np.float64)
    used = counts > 0
    between = (sums[used] ** 2 / counts[used][:, None]).sum(axis=0)
    total = sums[used].sum(axis=0)
    eta2 = (between - total * total / counts[used].sum()) / syy
    return adjusted(eta2, runs, int(used.sum()) - 1)


def weight_regressors(meta, stage_weights, indicator_weights):
    """The drawn shares minus their means, all components but the last of each simplex (weights.ts)."""
    columns = []
    default_stage = meta['defaultStageWeights']
    default_indicator = meta['defaultIndicatorWeights']

    def add(slots, defaults, drawn):
        if len(slots) < 2:
            return
        total = 0.0
        for s in slots:
            total += defaults[s]
        for s in slots[:-1]:
            columns.append(drawn[:, s] - defaults[s] / total)

    live = [k for k in range(len(default_stage)) if meta['stageAbsent'][k] == 0 and default_stage[k] > 0]
    add(live, default_stage, stage_weights)
    for k in live:
        add([i for i in meta['stageIndicators'][k] if default_indicator[i] > 0], default_indicator, indicator_weights)
    return np.stack(columns, axis=1) if columns else np.zeros((stage_weights.shape[0], 0))


def mean_share(total, weight):
    if not weight > 0:
        return 0.0
    return float(min(max(total / weight, 0.0), 1.0))


def analyse(meta, array):
    runs = meta['runs']
    scores = array('scores')
    terms = array('terms')
    stage_weights = array('stageWeights')
    drawn_weights = array('indicatorWeights')
    normalisation = array('normalisation').astype(np.int64)
    aggregation = array('aggregation').astype(np.int64)
    left_out = array('leftOut')
    switched = array('switchedOff').astype(np.int64) if meta['switchable'] else np.zeros(runs, dtype=np.int64)
    weights = drawn_weights.copy()
    for j, i in enumerate(meta['standIns']):
        weights[left_out[:, j] == 1, i] = 0.0
    geometric_id = meta['aggregations'].index('geometric')
    n = meta['rankedCount']
    h = meta['hotspotCount']

    # the point ranks: the method's own choices
    own_n = meta['normalisations'].index(meta['method']['normalisation'])
    own_a = meta['aggregations'].index(meta['method']['aggregation'])
    own = prepared_matrix((terms if own_a == geometric_id else scores)[0, own_n], meta)
    point = ranks_of(overall_scores(own, np.array([meta['defaultIndicatorWeights']]), np.array([meta['defaultStageWeights']]), meta, own_a == geometric_id), meta['ties'])[0]

    # every run's ranks, block by block within each combination of drawn choices
    ranks = np.empty((runs, n), dtype=np.int32)
    key = (switched * len(meta['normalisations']) + normalisation) * len(meta['aggregations']) + aggregation
    for combination in np.unique(key):
        chosen = np.flatnonzero(key == combination)
        a = int(aggregation[chosen[0]])
        prepared = prepared_matrix((terms if a == geometric_id else scores)[switched[chosen[0]], normalisation[chosen[0]]], meta)
        for start in range(0, len(chosen), CHUNK):
            block = chosen[start:start + CHUNK]
            ranks[block] = ranks_of(overall_scores(prepared, weights[block], stage_weights[block], meta, a == geometric_id), meta['ties'])

    statistics = order_statistics(ranks, (0.05, 0.5, 0.95))
    deviation = ranks - point[None, :]
    sum_d = deviation.sum(axis=0, dtype=np.int64).astype(np.float64)
    sum_d2 = np.einsum('ij,ij->j', deviation, deviation, dtype=np.int64).astype(np.float64)
    syy = sum_d2 - sum_d * sum_d / runs
    varies = syy > 1e-9 * runs
    columns = zip(
        meta['codes'], point.tolist(), quantile(statistics, runs, 0.5).tolist(), quantile(statistics, runs, 0.05).tolist(),
        quantile(statistics, runs, 0.95).tolist(), ((ranks <= h).sum(axis=0) / runs).tolist(), ((ranks > n - h).sum(axis=0) / runs).tolist())
    areas = [{'code': code, 'rank': rank, 'medianRank': m, 'p05': lo, 'p95': hi, 'pHotspot': hot, 'pColdspot': cold} for code, rank, m, lo, hi, hot, cold in columns]

    sensitivity = {}
    pooled = {}
    d = deviation[:, varies].astype(np.float64)
    s = sum_d[varies]
    v = syy[varies]
    for assumption in meta['vary']:
        if assumption == 'weights':
            share = linear_share(weight_regressors(meta, stage_weights, drawn_weights), d, s, v)
        elif assumption == 'normalisation':
            share = categorical_share(normalisation, len(meta['normalisations']), d, v)
        elif assumption == 'aggregation':
            share = categorical_share(aggregation, len(meta['aggregations']), d, v)
        elif assumption == 'sampling':
            share = np.zeros(d.shape[1])  # no value is drawn (export.ts refuses otherwise)
        else:  # data: one 0/1 regressor per stand-in indicator left out, and one for the switch
            regressors = [left_out] + ([switched[:, None].astype(np.float64)] if meta['switchable'] else [])
            share = linear_share(np.concatenate(regressors, axis=1), d, s, v)
        if share is None:
            sensitivity[assumption] = None
            pooled[assumption] = None
        else:
            sensitivity[assumption] = mean_share(float(share.sum()), float(varies.sum()))
            pooled[assumption] = mean_share(float((share * v).sum()), float(v.sum()))
    return {'areas': areas, 'sensitivity': sensitivity, 'sensitivityPooled': pooled, 'areasWithVariation': int(varies.sum()), 'rankedCount': n, 'hotspotCount': h}


def main():
    if len(sys.argv) != 2:
        sys.stderr.write('usage: montecarlo.py DIR (the folder bench/reference/export.ts wrote)\n')
        return 2
    meta, array = read(sys.argv[1])
    array('scores')
    loaded = time.perf_counter()
    result = analyse(meta, array)
    computed = time.perf_counter()
    result['timing'] = {'import': imported - started, 'read': loaded - imported, 'compute': computed - loaded}
    sys.stdout.write(json.dumps(result))
    return 0


if __name__ == '__main__':
    sys.exit(main())
