export function routeForLog(url: string | undefined): string;
export function requestLogLine(entry: { id: string; method: string | undefined; url: string | undefined; status: number; durationMs: number; aborted?: boolean; at?: Date }): string;
export function eventLogLine(msg: string, fields?: Record<string, unknown>, at?: Date): string;
