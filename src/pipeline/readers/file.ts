/** Reading a whole file for the readers, with the SmiError they all give when it cannot be read. */
import { readFileSync, statSync } from 'node:fs';
import { SmiError } from '../../errors.js';
import { fileTooLarge } from '../../edition/table.js';

/**
 * The bytes of a file; `label` names it in the SmiError thrown when it is missing, unreadable, not
 * a regular file (a folder, a pipe or a device, which could block a read for ever) or larger than
 * `maxBytes` (the limit of a file a user gives, checked before anything is read).
 */
export function readFileBytes(path: string, label: string, maxBytes: number = Infinity): Buffer {
  let size: number;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) throw new SmiError(`${label}: not a regular file (a folder, a pipe or a device); give the path of a file.`);
    size = stat.size;
  } catch (error) {
    if (error instanceof SmiError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new SmiError(code === 'ENOENT' ? `${label}: no such file.` : `${label}: cannot be read (${code ?? 'unknown error'}).`);
  }
  if (size > maxBytes) throw new SmiError(fileTooLarge(label, size, maxBytes));
  try {
    return readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new SmiError(code === 'ENOENT' ? `${label}: no such file.` : `${label}: cannot be read (${code ?? 'unknown error'}).`);
  }
}
