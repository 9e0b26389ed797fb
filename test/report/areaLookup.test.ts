import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { findArea, normaliseName } from '../../src/report/areaLookup.js';

const AREAS = [
  { code: 'E07000028', name: 'Carlisle' },
  { code: 'E08000013', name: 'St. Helens' },
  { code: 'E06000023', name: 'Bristol, City of' },
  { code: 'E06000014', name: 'York' },
  { code: 'E07000164', name: 'Hambleton' },
  { code: 'E07000166', name: 'Richmondshire' },
  { code: 'E09000027', name: 'Richmond upon Thames' },
  { code: 'E06000047', name: 'County Durham' },
];

describe('findArea', () => {
  it('finds by code, any case', () => expect(findArea(AREAS, 'e07000028', 'here').name).toBe('Carlisle'));
  it('finds by name ignoring case and punctuation', () => {
    expect(findArea(AREAS, 'st helens', 'here').code).toBe('E08000013');
    expect(findArea(AREAS, 'BRISTOL CITY OF', 'here').code).toBe('E06000023');
  });
  it('prefers an exact name to names that contain it', () => expect(findArea(AREAS, 'York', 'here').code).toBe('E06000014'));
  it('accepts the only name containing the words', () => {
    expect(findArea(AREAS, 'Durham', 'here').code).toBe('E06000047');
    expect(findArea(AREAS, 'Bristol', 'here').code).toBe('E06000023');
  });
  it('refuses an ambiguous part of a name, listing the candidates', () => {
    expect(() => findArea(AREAS, 'Richmond', 'here')).toThrow(/"Richmond" matches 2 areas here \(Richmondshire, Richmond upon Thames\)/);
  });
  it('suggests near names for a typo', () => {
    expect(() => findArea(AREAS, 'Carlsle', 'in open-2016')).toThrow('no area called "Carlsle" in open-2016; did you mean Carlisle?');
    expect(() => findArea(AREAS, 'Carlsle', 'x')).toThrow(UsageError);
  });
  it('says plainly when nothing is close', () => expect(() => findArea(AREAS, 'Zzzzzzzzzzzz', 'here')).toThrow('no area called "Zzzzzzzzzzzz" here.'));
  it('normalises & to and', () => expect(normaliseName('Hammersmith & Fulham')).toBe(normaliseName('Hammersmith and Fulham')));
});
