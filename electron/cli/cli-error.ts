/** Exit codes a script can act on. */
export const EXIT = {
  ok: 0,
  /** The input is not a valid meeting file (validate found problems, export refused it). */
  invalidInput: 1,
  /** The command line itself is wrong. */
  usage: 2,
  /** Reading or writing failed (missing file, no permission, disk full). */
  io: 3,
} as const;

/** A user mistake or an environment problem: printed as one line, never with a stack trace. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
    readonly details: string[] = [],
  ) {
    super(message);
    this.name = 'CliError';
  }
}
