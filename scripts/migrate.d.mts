import type { Database } from "better-sqlite3";
export interface Migration { name: string; sql: string; checksum: string }
export function listMigrations(dir?: string): Migration[];
export function openDatabase(path: string): Database;
export function migrate(path: string, dir?: string): string[];
export const postgresMigrationsDir: string;
export function migratePostgres(url: string, dir?: string): Promise<string[]>;
export function migrateDatabase(url?: string): Promise<string[]>;
