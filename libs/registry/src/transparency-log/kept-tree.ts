import { inWalMode, type StoredEvent } from '@pacta/event-store';
import { leafHash, nodeHash, type SubtreeHashes } from '@pacta/transparency';
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { logLeaf } from './log-leaf';

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS leaves (idx INTEGER PRIMARY KEY, position INTEGER NOT NULL UNIQUE, leaf TEXT NOT NULL);
  CREATE TABLE IF NOT EXISTS nodes (level INTEGER NOT NULL, idx INTEGER NOT NULL, hash BLOB NOT NULL, PRIMARY KEY (level, idx)) WITHOUT ROWID;
`;

/** The transparency log's file in the data directory. */
export const logTreeFileIn = (dataDir: string) => `${dataDir}/transparency-log.db`;

/**
 * The Merkle tree over the log as the service saw it, kept in SQLite: every leaf's text and every complete subtree's
 * hash, written as events arrive (a leaf completes at most log n subtrees), so any root or proof is O(log n) look-ups.
 * It is evidence as well as an index: an event deleted or rewritten in the store behind the service's back keeps its
 * leaf here, which is how a check names what changed.
 */
export class KeptTree implements SubtreeHashes {
  private readonly db: Database.Database;
  private readonly sql: Record<'last' | 'node' | 'leaf' | 'insertLeaf' | 'insertNode', Database.Statement>;
  private cached = { size: 0, position: 0 };

  constructor(readonly file: string) {
    mkdirSync(dirname(file), { recursive: true });
    this.db = new Database(file, { timeout: 5000 });
    // Appends touch only the tree's right edge and proofs read O(log n) pages: SQLite's default page cache suffices.
    inWalMode(this.db, 5000);
    this.db.pragma('synchronous = NORMAL');
    this.db.exec(SCHEMA);
    this.sql = {
      last: this.db.prepare('SELECT idx, position FROM leaves ORDER BY idx DESC LIMIT 1'),
      node: this.db.prepare('SELECT hash FROM nodes WHERE level = ? AND idx = ?').pluck(),
      leaf: this.db.prepare('SELECT leaf FROM leaves WHERE idx = ?').pluck(),
      insertLeaf: this.db.prepare('INSERT INTO leaves (idx, position, leaf) VALUES (?, ?, ?)'),
      insertNode: this.db.prepare('INSERT INTO nodes (level, idx, hash) VALUES (?, ?, ?)'),
    };
    this.reload();
  }

  /** Leaves in the tree. */
  get size(): number {
    return this.cached.size;
  }

  /** The global position of the last leaf's event; 0 for an empty tree. */
  get position(): number {
    return this.cached.position;
  }

  get isOpen(): boolean {
    return this.db.open;
  }

  /** Appends the events after the tree's last position as leaves, in one transaction. */
  append(events: StoredEvent[]): void {
    this.db
      .transaction(() => {
        // Another instance on the same file may have appended them already.
        this.reload();
        let { size, position } = this.cached;
        for (const event of events) {
          if (event.globalPosition <= position) continue;
          const leaf = logLeaf(event, size);
          this.sql.insertLeaf.run(size, event.globalPosition, leaf);
          let hash = leafHash(leaf);
          let level = 0;
          let index = size;
          this.sql.insertNode.run(level, index, hash);
          while (index % 2 === 1) {
            hash = nodeHash(this.subtree(level, index - 1), hash);
            level++;
            index = (index - 1) / 2;
            this.sql.insertNode.run(level, index, hash);
          }
          size++;
          position = event.globalPosition;
        }
        this.cached = { size, position };
      })
      .immediate();
  }

  subtree(level: number, index: number): Buffer {
    const hash = this.sql.node.get(level, index) as Buffer | undefined;
    if (!hash) throw new RangeError(`the kept tree has no complete subtree at level ${level}, index ${index}`);
    return hash;
  }

  /** The canonical JSON of leaf `index`. */
  leaf(index: number): string | undefined {
    return this.sql.leaf.get(index) as string | undefined;
  }

  close(): void {
    if (this.db.open) this.db.close();
  }

  private reload(): void {
    const last = this.sql.last.get() as { idx: number; position: number } | undefined;
    this.cached = last ? { size: last.idx + 1, position: last.position } : { size: 0, position: 0 };
  }
}
