/** Sends a value as JSON (UTF-8), serialised once: the body @fastify/etag hashes and compression packs. */
import type { FastifyReply } from 'fastify';

export function sendJson(reply: FastifyReply, body: unknown): FastifyReply {
  return reply.type('application/json; charset=utf-8').send(JSON.stringify(body));
}
