/** A new stable id for a meeting, section, item, block or person. Ids never change once given. */
export function newId(): string {
  return crypto.randomUUID();
}
