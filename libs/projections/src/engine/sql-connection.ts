/**
 * What the projector and the schema functions use of a SQLite connection: a better-sqlite3 Database, or a SqlThread
 * (a connection on a worker thread) during a rebuild.
 */
export interface SqlStatement {
  run(...params: unknown[]): unknown;
  get(...params: unknown[]): unknown;
  all(...params: unknown[]): unknown[];
  raw(): SqlStatement;
  pluck(): SqlStatement;
}

export interface SqlConnection {
  prepare(sql: string): SqlStatement;
  exec(sql: string): unknown;
  pragma(sql: string): unknown;
}
