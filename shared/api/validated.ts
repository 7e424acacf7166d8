import type { z } from 'zod';

/**
 * Values known to satisfy a schema because they came out of its parse, so that a long meeting
 * is validated once where it enters (the file, the request), not again on its way out: the
 * second pass cost up to 150 ms per opening of a long meeting (npm run bench). Such values are
 * read-only from then on; whoever marks one promises not to change it.
 */
const validated = new WeakMap<object, z.ZodType>();

export function markValidated<T extends object>(schema: z.ZodType, value: T): T {
  validated.set(value, schema);
  return value;
}

export function isValidated(schema: z.ZodType, value: unknown): boolean {
  return typeof value === 'object' && value !== null && validated.get(value) === schema;
}
