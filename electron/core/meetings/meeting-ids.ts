import { ApiError } from '../../../shared/api/errors';

/** Ids become file names: nothing that could climb out of the meetings folder. */
const SAFE_ID = /^[A-Za-z0-9_-]{1,64}$/;

export function isSafeId(id: string): boolean {
  return SAFE_ID.test(id);
}

export function assertSafeId(id: string): void {
  if (!SAFE_ID.test(id)) throw new ApiError('invalid-argument', `not a valid meeting id: ${JSON.stringify(id)}`);
}
