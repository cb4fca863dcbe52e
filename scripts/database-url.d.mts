export const defaultDatabaseUrl: string;
export function databaseFilePath(url?: string): string;
export function databaseFileUrl(url?: string): string;
export function isPostgresUrl(url?: string): boolean;
