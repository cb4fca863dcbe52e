export const sourceSchemaPath: string;
export const postgresSchemaPath: string;
export function postgresSchema(source: string): string;
