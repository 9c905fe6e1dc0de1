import type { DestinationStream, Logger } from "pino";

export const REQUEST_ID_HEADER: "x-request-id";
export function createLogger(destination?: DestinationStream): Logger;
export function log(): Logger;
export function requestIdFor(incoming: string | string[] | undefined): string;
export function requestLine(fields: {
  requestId: string;
  method?: string;
  url?: string;
  status: number;
  startedAt: number;
  userId?: string | null;
}): Record<string, unknown>;
