import type { Database } from "better-sqlite3";
export interface Migration { name: string; sql: string; checksum: string }
export function listMigrations(dir?: string): Migration[];
export function openDatabase(path: string): Database;
export function migrate(path: string, dir?: string): string[];
