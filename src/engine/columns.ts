/**
 * Column allocation. Allocating a typed array costs far more than a plain array of the same size
 * (each has its own ArrayBuffer), so the engine allocates one buffer per step and hands out
 * views of it, one column per indicator or stage. The lists of columns are built whole
 * (Array.from), never with holes, so that the kernels that take them see one kind of array.
 */

/** `count` Float64Array columns of length n over one buffer, each filled with `fill`. */
export function floatColumns(count: number, n: number, fill = Number.NaN): Float64Array[] {
  const buffer = new Float64Array(count * n);
  if (fill !== 0) buffer.fill(fill);
  return Array.from({ length: count }, (_, k) => buffer.subarray(k * n, (k + 1) * n));
}

/** `count` zero-filled Int32Array columns of length n over one buffer. */
export function intColumns(count: number, n: number): Int32Array[] {
  const buffer = new Int32Array(count * n);
  return Array.from({ length: count }, (_, k) => buffer.subarray(k * n, (k + 1) * n));
}
