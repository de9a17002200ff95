import type Database from 'better-sqlite3';

/**
 * Statements prepared when first used: a start that rebuilds to a newer schema opens the queries before the rebuild
 * commits, while the file still holds the previous schema's tables, and a statement naming a new table would not
 * prepare.
 */
export function preparedWhenUsed<T extends Record<string, Database.Statement>>(makers: { [K in keyof T]: () => T[K] }): T {
  const made = {} as T;
  for (const key of Object.keys(makers) as (keyof T & string)[]) {
    Object.defineProperty(made, key, {
      configurable: true,
      enumerable: true,
      get: () => {
        const value = makers[key]();
        Object.defineProperty(made, key, { value, enumerable: true });
        return value;
      },
    });
  }
  return made;
}
