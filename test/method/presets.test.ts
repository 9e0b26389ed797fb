import { describe, expect, it } from 'vitest';
import { PRESETS, SMI_2017, presetMethod } from '../../src/method/presets.js';

describe('presetMethod', () => {
  it('gives a copy of a preset', () => {
    const copy = presetMethod('smi-2017');
    expect(copy).toEqual(SMI_2017);
    expect(copy).not.toBe(SMI_2017);
  });

  it('knows only the presets, not the names every object has', () => {
    // `smi --method constructor` was an internal error: structuredClone(Object) throws
    for (const name of ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf', 'smi-1999']) expect(presetMethod(name), name).toBeUndefined();
    for (const name of Object.keys(PRESETS)) expect(presetMethod(name), name).toBeDefined();
  });
});
