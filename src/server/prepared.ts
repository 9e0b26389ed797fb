/**
 * Sending a payload the server keeps (a league table, a profile, a computed answer) at the cost
 * of a copy: its bytes, its ETag and its gzip and Brotli encodings are made once per payload object,
 * on first use, and reused for every later request — instead of hashing and compressing 235 KB
 * for every client (@fastify/etag and @fastify/compress then leave the reply alone, since it
 * already has an ETag and a Content-Encoding).
 */
import { createHash } from 'node:crypto';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Payload } from './handlers.js';

/** Below this many bytes a body is sent as it is (as @fastify/compress's threshold). */
const SMALLEST_COMPRESSED = 1024;

type Encoding = 'br' | 'gzip';

interface Prepared {
  bytes: Buffer;
  hash: string;
  compressible: boolean;
  encoded: Partial<Record<Encoding, Buffer>>;
}

const prepared = new WeakMap<Payload, Prepared>();

function prepare(payload: Payload): Prepared {
  let entry = prepared.get(payload);
  if (entry === undefined) {
    const body = payload.body;
    const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : Buffer.isBuffer(body) ? body : Buffer.from(body.buffer, body.byteOffset, body.byteLength);
    const compressible = bytes.length >= SMALLEST_COMPRESSED && /^(application\/json|text\/)/.test(payload.type);
    entry = { bytes, hash: createHash('sha1').update(bytes).digest('base64url'), compressible, encoded: {} };
    prepared.set(payload, entry);
  }
  return entry;
}

/**
 * The encoding to send for an Accept-Encoding header: Brotli, else gzip, when the client accepts it
 * (a `q=0` refuses it), else none.
 */
export function chooseEncoding(header: string | undefined): Encoding | null {
  if (header === undefined) return null;
  const accepted = new Map<string, number>();
  for (const part of header.split(',')) {
    const [name = '', ...parameters] = part.trim().toLowerCase().split(';');
    const q = parameters.map((parameter) => parameter.trim()).find((parameter) => parameter.startsWith('q='));
    const weight = q === undefined ? 1 : Number(q.slice(2));
    accepted.set(name.trim(), Number.isFinite(weight) ? weight : 0);
  }
  const weightOf = (name: Encoding) => accepted.get(name) ?? (accepted.has('*') ? accepted.get('*')! : 0);
  if (weightOf('br') > 0 && weightOf('br') >= weightOf('gzip')) return 'br';
  if (weightOf('gzip') > 0) return 'gzip';
  return null;
}

function encode(bytes: Buffer, encoding: Encoding): Buffer {
  return encoding === 'br' ? brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }) : gzipSync(bytes, { level: 6 });
}

/** Sends a payload with its type, its download name, its ETag and the encoding the client accepts. */
export function sendPayload(request: FastifyRequest, reply: FastifyReply, payload: Payload): FastifyReply {
  const entry = prepare(payload);
  reply.type(payload.type);
  if (payload.filename !== undefined) reply.header('content-disposition', `attachment; filename="${payload.filename}"`);
  if (!entry.compressible) return reply.header('etag', `"${entry.hash}"`).send(entry.bytes);
  reply.header('vary', 'accept-encoding');
  const encoding = chooseEncoding(request.headers['accept-encoding']);
  if (encoding === null) return reply.header('etag', `"${entry.hash}"`).send(entry.bytes);
  const body = (entry.encoded[encoding] ??= encode(entry.bytes, encoding));
  return reply.header('etag', `"${entry.hash}-${encoding}"`).header('content-encoding', encoding).send(body);
}
