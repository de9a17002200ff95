import Database from 'better-sqlite3';

/** Reads a SQLite file on a connection of its own, opened read-only for `read` and closed after it. */
export function readOnly<T>(file: string, read: (db: Database.Database) => T): T {
  const db = new Database(file, { readonly: true });
  try {
    return read(db);
  } finally {
    db.close();
  }
}
