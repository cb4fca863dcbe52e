export function normalizeAddress(value: unknown): string | undefined;
export function parseTrustedProxies(value?: string): Set<string>;
export function clientAddress(remoteAddress: string | undefined, forwardedFor: string | undefined, trustedProxies: Set<string>): string;
