/**
 * The cache's form of an edition (src/pipeline/editionCodec.ts): each distinct provenance once,
 * an index per value. Unpacking gives back exactly the edition packed, for any provenances; a
 * packed value that is damaged (an index with no provenance, areas that are no list) is refused
 * so that the loader rebuilds instead of serving a wrong provenance.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Edition, ValueProvenance } from '../../src/edition/types.js';
import { packEdition, unpackEdition } from '../../src/pipeline/editionCodec.js';

const provenance: fc.Arbitrary<ValueProvenance> = fc.record({
  level: fc.constantFrom('exact', 'proxy', 'missing'),
  year: fc.constantFrom('2016', '2015/16', ''),
  source: fc.constantFrom('lait', 'ashe', ''),
  measure: fc.string({ maxLength: 6 }),
  note: fc.string({ maxLength: 12 }),
}) as fc.Arbitrary<ValueProvenance>;

const ids = ['a', 'b', 'c'];
const edition: fc.Arbitrary<Edition> = fc
  .array(fc.tuple(fc.array(provenance, { minLength: 3, maxLength: 3 }), fc.array(fc.option(fc.double({ noNaN: true, noDefaultInfinity: true }).filter((x) => !Object.is(x, -0)), { nil: null }), { minLength: 3, maxLength: 3 })), { minLength: 1, maxLength: 12 })
  .map((rows) => ({
    id: 'open-2016',
    areas: rows.map(([provenances, values], index) => ({
      code: `E0700${String(index).padStart(4, '0')}`,
      name: `Area ${index}`,
      values: Object.fromEntries(ids.map((id, i) => [id, values[i]!])),
      provenance: Object.fromEntries(ids.map((id, i) => [id, provenances[i]!])),
      intervals: {},
    })),
  }) as unknown as Edition);

describe('the cache form of an edition', () => {
  it('unpacks to the edition packed, through JSON, and writes each distinct provenance once', () => {
    fc.assert(
      fc.property(edition, (given) => {
        const packed = JSON.parse(JSON.stringify(packEdition(given))) as unknown;
        expect(unpackEdition(packed)).toEqual(given);
        const distinct = new Set(given.areas.flatMap((area) => Object.values(area.provenance).map((entry) => JSON.stringify(entry))));
        expect((packed as { provenances: unknown[] }).provenances).toHaveLength(distinct.size);
      }),
    );
  });

  it('refuses a damaged packed value instead of inventing a provenance', () => {
    const given = fc.sample(edition, { numRuns: 1, seed: 7 })[0]!;
    const packed = JSON.parse(JSON.stringify(packEdition(given))) as { provenances: unknown[]; areas: Array<{ provenance: Record<string, unknown> }> };
    expect(unpackEdition({ ...packed, areas: packed.areas.map((area, i) => (i === 0 ? { ...area, provenance: { ...area.provenance, a: packed.provenances.length } } : area)) })).toBeUndefined();
    expect(unpackEdition({ ...packed, areas: packed.areas.map((area, i) => (i === 0 ? { ...area, provenance: { ...area.provenance, a: '0' } } : area)) })).toBeUndefined();
    expect(unpackEdition({ ...packed, provenances: undefined })).toBeUndefined();
    expect(unpackEdition({ ...packed, areas: 'none' })).toBeUndefined();
    expect(unpackEdition(null)).toBeUndefined();
    expect(unpackEdition('not an edition')).toBeUndefined();
  });
});
