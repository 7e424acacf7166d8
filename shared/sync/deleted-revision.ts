/**
 * The revision sync remembers, and reports in its status, for a meeting deleted here or on
 * another device: never an updatedAt (an ISO time). A module of its own, without schemas, so
 * the renderer can read it without loading zod.
 */
export const DELETED_REVISION = 'deleted';
