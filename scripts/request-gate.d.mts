import type { IncomingMessage, ServerResponse } from "node:http";
export const PEER_ADDRESS_HEADER: string;
export const BODY_LIMITS: { signedInBytes: number; anonymousBytes: number };
export interface GateOptions {
  publicOrigin: string;
  sessionSecret: string | undefined;
  secureCookies: boolean;
}
/** Paths another origin may post to (the SAML assertion consumer service). */
export const CROSS_ORIGIN_POST_PATHS: ReadonlySet<string>;
type GateRequest = Pick<IncomingMessage, "method" | "headers" | "rawHeaders"> & { url?: string; socket?: { remoteAddress?: string } };
/** Returns the request's id (also set in its X-Request-Id header). */
export function stampRequest(request: GateRequest, publicOrigin: string): string;
export function sessionSubject(request: Pick<IncomingMessage, "headers">, options: GateOptions): Promise<string | null>;
export type RefusalKey = "crossOrigin" | "opaqueOrigin" | "malformedOrigin" | "lengthRequired" | "malformedLength" | "tooLarge" | "tooLargeAnonymous" | "malformedUpload";
export interface Refusal {
  status: number;
  key: RefusalKey;
  values: Record<string, string>;
}
/** Turns a refusal's key and values into the sentence the reader gets (lib/i18n/refusal-text.ts). */
export type Describe = (request: Pick<IncomingMessage, "headers">, key: RefusalKey, values: Record<string, string>) => string;
export function refusal(request: GateRequest, options: GateOptions): Promise<Refusal | null>;
export function refuse(request: IncomingMessage, response: ServerResponse, refused: Refusal, describe: Describe): void;
export function watchMultipart(request: IncomingMessage, response: ServerResponse, describe: Describe): void;
