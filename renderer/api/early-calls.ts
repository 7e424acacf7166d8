import type { Transport } from '../../shared/api/client';

export interface EarlyCalls {
  /** The transport to use: a call identical to one sent early gets that call's answer, once. */
  transport: Transport;
  /** Sends a call now, for the first identical call made later. */
  send(method: string, args: Record<string, unknown>): void;
  /** Early calls no one has asked for yet. */
  unanswered(): string[];
}

const keyOf = (method: string, args: unknown): string => `${method} ${JSON.stringify(args ?? {})}`;

/**
 * Calls sent ahead of the code that will make them. Only reads are sent ahead, and only when
 * nothing waits to be written first, so an answer is the same as if it were asked a moment later.
 */
export function withEarlyCalls(transport: Transport): EarlyCalls {
  const early = new Map<string, Promise<unknown>>();
  return {
    transport: (method, args) => {
      const key = keyOf(method, args);
      const answer = early.get(key);
      if (!answer) return transport(method, args);
      early.delete(key);
      return answer;
    },
    send(method, args) {
      const answer = transport(method, args);
      // Whoever takes the answer sees a failure; one never taken must not be reported as unhandled.
      answer.catch(() => undefined);
      early.set(keyOf(method, args), answer);
    },
    unanswered: () => [...early.keys()],
  };
}
