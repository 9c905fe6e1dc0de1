import type { IncomingMessage, ServerResponse } from "node:http";
export const PEER_ADDRESS_HEADER: string;
export const BODY_LIMITS: { signedInBytes: number; anonymousBytes: number };
export interface GateOptions {
  publicOrigin: string;
  sessionSecret: string | undefined;
  secureCookies: boolean;
}
type GateRequest = Pick<IncomingMessage, "method" | "headers" | "rawHeaders"> & { socket?: { remoteAddress?: string } };
export function stampRequest(request: GateRequest, publicOrigin: string): void;
export function refusal(request: GateRequest, options: GateOptions): Promise<{ status: number; message: string } | null>;
export function refuse(request: IncomingMessage, response: ServerResponse, refused: { status: number; message: string }): void;
export function watchMultipart(request: IncomingMessage, response: ServerResponse): void;
