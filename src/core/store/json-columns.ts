/** JSON text columns: written with `toJsonColumn`, read back with the typed readers. */
export const toJsonColumn = (value: unknown): string => JSON.stringify(value ?? null);

export function readStringArray(text: string | null): string[] {
  if (!text) return [];
  const value: unknown = JSON.parse(text);
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

export function readObject<T extends object>(text: string | null): T | null {
  if (!text) return null;
  const value: unknown = JSON.parse(text);
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as T) : null;
}

export const toFlag = (value: boolean): number => (value ? 1 : 0);
export const fromFlag = (value: number | null): boolean => value === 1;
