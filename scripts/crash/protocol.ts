/** The lines the writer prints, one per committed write, and how the harness reads them back. */

/** An event written with its inline follow-ups; `token` is a word only its title holds. */
export interface EventAck {
  type: 'event';
  id: string;
  token: string;
  followUps: { id: string; token: string }[];
}

/** A follow-up added to an existing event; its title holds `token`. */
export interface FollowUpAck {
  type: 'followUp';
  id: string;
  eventId: string;
  token: string;
}

export type Ack = EventAck | FollowUpAck;

export const LOADED = 'loaded';
export const READY = 'ready';
export const ACK_PREFIX = 'ack ';

export function ackLine(ack: Ack): string {
  return `${ACK_PREFIX}${JSON.stringify(ack)}\n`;
}

/** Null for any line that is not a whole acknowledgement (a partial line is never one). */
export function parseAck(line: string): Ack | null {
  if (!line.startsWith(ACK_PREFIX)) return null;
  try {
    return JSON.parse(line.slice(ACK_PREFIX.length)) as Ack;
  } catch {
    return null;
  }
}
