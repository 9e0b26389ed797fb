/** The map's measures and standings: one isomorphic definition, shared with the server (src/views/measures.ts). */
export * from '../../src/views/measures.js';
