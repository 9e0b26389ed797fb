/** Reading a whole file for the readers, with the SmiError they all give when it cannot be read. */
import { readFileSync } from 'node:fs';
import { SmiError } from '../../errors.js';

/** The bytes of a file; `label` names it in the SmiError thrown when it is missing or unreadable. */
export function readFileBytes(path: string, label: string): Buffer {
  try {
    return readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new SmiError(code === 'ENOENT' ? `${label}: no such file.` : `${label}: cannot be read (${code ?? 'unknown error'}).`);
  }
}
