export function publicUrl(env?: Record<string, string | undefined>): { origin: string; problem?: undefined } | { origin?: undefined; problem: string };
export function servedOverHttps(env?: Record<string, string | undefined>): boolean;
