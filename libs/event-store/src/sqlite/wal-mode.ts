const pause = new Int32Array(new SharedArrayBuffer(4));

/**
 * Puts a SQLite file in WAL mode. Two processes opening a new file at once can both hold its shared lock and want the
 * exclusive one to switch it; SQLite then refuses one of them at once (SQLITE_BUSY, without waiting, since waiting
 * would deadlock). The other finishes the switch in moments, so the refused one tries again, for up to `timeoutMs`.
 */
export function inWalMode(db: { pragma(source: string): unknown }, timeoutMs: number): void {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      db.pragma('journal_mode = WAL');
      return;
    } catch (error) {
      const busy = /^SQLITE_BUSY/.test(String((error as { code?: unknown } | null)?.code ?? ''));
      if (!busy || Date.now() >= deadline) throw error;
      // Opening is synchronous, like the rest of better-sqlite3's API: a short blocking wait, at start-up only.
      Atomics.wait(pause, 0, 0, 10);
    }
  }
}
