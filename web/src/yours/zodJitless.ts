/**
 * zod without its compiled fast path in the browser: zod 4 probes `new Function` when a schema is
 * defined, which the server's Content-Security-Policy (no `unsafe-eval`) refuses and reports as a
 * violation even though zod recovers. Imported before the contract's schemas (localApi.ts's first
 * import), so they are defined, and read queries, without it.
 */
import { config } from 'zod';

config({ jitless: true });
