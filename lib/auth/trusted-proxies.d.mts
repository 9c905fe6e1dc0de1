import type { BlockList } from "node:net";
export const PEER_ADDRESS_HEADER: string;
export function normaliseAddress(address: string | null | undefined): string | null;
export function parseTrustedProxies(value: string | undefined): BlockList;
export function isTrustedProxy(list: BlockList, address: string): boolean;
