/**
 * The messages between a dashboard page, its simulator worker (simulator-worker.ts) and the
 * simulator's service worker (public/sim-service-worker.js).
 */
import { getResponse, type RequestHandler } from 'msw';
import type { Scenario } from './scenario';
import type { SimStats } from './simulator';

/** A request as the service worker sends it over a page's port. */
export interface RequestMessage {
  id: number;
  url: string;
  method: string;
  headers: [string, string][];
  body: ArrayBuffer | null;
}

/** The simulator's answer, or `passthrough` for a request no handler takes. */
export type ReplyMessage =
  | { id: number; passthrough?: false; status: number; statusText: string; headers: [string, string][]; body: ArrayBuffer | null }
  | { id: number; passthrough: true };

export type PageToSimulator =
  | { type: 'init'; scenario: Partial<Scenario>; state?: string }
  | { type: 'connect' }
  | { type: 'stats'; id: number }
  | { type: 'reset-stats' };

export type SimulatorToPage =
  | { type: 'state'; scenario: Scenario; state: string }
  | { type: 'state-unreadable' }
  | { type: 'stats'; id: number; stats: SimStats | undefined };

const NO_BODY = new Set(['GET', 'HEAD']);

/** Answers one request message with the handlers, as MSW would have in the page. */
export async function answerMessage(handlers: RequestHandler[], message: RequestMessage): Promise<ReplyMessage> {
  const request = new Request(message.url, {
    method: message.method,
    headers: message.headers,
    body: NO_BODY.has(message.method) ? null : message.body,
  });
  const response = await getResponse(handlers, request);
  if (!response) return { id: message.id, passthrough: true };
  const body = response.body === null ? null : await response.arrayBuffer();
  return { id: message.id, status: response.status, statusText: response.statusText, headers: [...response.headers], body };
}
