import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import { join } from 'node:path';
import type { SqlConnection, SqlStatement } from './sql-connection';

const PREPARE = 0;
const RUN = 1;
/**
 * Writes queued before they are posted to the thread in one message. Small, because a queued write's parameters
 * stay alive until posted: 20,000 kept ~7,000 rows' arrays in the young generation across scavenges (garbage
 * collection is a quarter of a rebuild's main thread), and 2,000 made rebuilds 5–11% faster.
 */
const OPS_PER_MESSAGE = 2_000;
/**
 * Messages posted and not yet applied before the caller waits: bounds the memory a slower thread can make it hold
 * (160,000 queued ops, as many as 8 messages of 20,000 were).
 */
const MESSAGES_IN_FLIGHT = 80;
const CONSUMED = 0;
const REPLIED = 1;

type Request =
  | { kind: 'exec' | 'pragma'; sql: string }
  | { kind: 'query'; id: number; params: unknown[]; raw: boolean; pluck: boolean; all: boolean }
  | { kind: 'rollback' | 'close' };

/**
 * One SQLite connection on a worker thread, used as if it were on this one: writes (`run`) are queued and applied
 * there in order while this thread goes on, and everything that answers (`get`, `all`, `exec`, `pragma`) waits
 * for the writes before it and returns synchronously. A rebuild computes on this thread and writes on that one,
 * so it uses both cores. The first failed write fails the next answering call; nothing after it is applied.
 */
export class SqlThread implements SqlConnection {
  private readonly worker: Worker;
  private readonly replies: MessagePort;
  private readonly signal = new Int32Array(new SharedArrayBuffer(8));
  private readonly statementIds = new Map<string, number>();
  private ops: unknown[] = [];
  private posted = 0;
  private closed = false;

  constructor(file: string, pragmas: readonly string[]) {
    const { port1, port2 } = new MessageChannel();
    this.replies = port1;
    this.worker = new Worker(join(__dirname, 'sql-thread.worker.js'), {
      workerData: { file, pragmas, signal: this.signal.buffer, replies: port2 },
      transferList: [port2],
    });
    this.worker.unref();
  }

  prepare(sql: string): SqlStatement {
    let id = this.statementIds.get(sql);
    if (id === undefined) {
      id = this.statementIds.size;
      this.statementIds.set(sql, id);
      this.ops.push(PREPARE, id, sql);
    }
    return new ThreadStatement(this, id);
  }

  exec(sql: string): this {
    this.request({ kind: 'exec', sql });
    return this;
  }

  pragma(sql: string): unknown {
    return this.request({ kind: 'pragma', sql });
  }

  /** Rolls back the thread's open transaction, if any, and forgets a failed write. */
  rollback(): void {
    this.ops = [];
    this.request({ kind: 'rollback' });
  }

  close(): void {
    if (this.closed) return;
    this.ops = [];
    this.request({ kind: 'close' });
    this.closed = true;
    this.replies.close();
  }

  /** @internal */
  queueRun(id: number, params: unknown[]): void {
    this.ops.push(RUN, id, params);
    if (this.ops.length >= OPS_PER_MESSAGE) this.post();
  }

  /** @internal */
  request(request: Request): unknown {
    if (this.closed) throw new Error('the SQL thread is closed');
    this.post();
    Atomics.store(this.signal, REPLIED, 0);
    this.worker.postMessage(request);
    let reply: { message: { value?: unknown; error?: { message: string; code?: string } } } | undefined;
    while (!(reply = receiveMessageOnPort(this.replies))) Atomics.wait(this.signal, REPLIED, 0, 1000);
    const { value, error } = reply.message;
    if (error) throw Object.assign(new Error(error.message), { code: error.code });
    return value;
  }

  private post(): void {
    if (this.ops.length === 0) return;
    for (let consumed; this.posted - (consumed = Atomics.load(this.signal, CONSUMED)) >= MESSAGES_IN_FLIGHT; ) {
      Atomics.wait(this.signal, CONSUMED, consumed, 1000);
    }
    this.worker.postMessage({ ops: this.ops });
    this.posted++;
    this.ops = [];
  }
}

class ThreadStatement implements SqlStatement {
  private mode = { raw: false, pluck: false };

  constructor(
    private readonly thread: SqlThread,
    private readonly id: number,
  ) {}

  run(...params: unknown[]): void {
    this.thread.queueRun(this.id, params);
  }

  get(...params: unknown[]): unknown {
    return this.thread.request({ kind: 'query', id: this.id, params, ...this.mode, all: false });
  }

  all(...params: unknown[]): unknown[] {
    return this.thread.request({ kind: 'query', id: this.id, params, ...this.mode, all: true }) as unknown[];
  }

  raw(): this {
    this.mode = { raw: true, pluck: false };
    return this;
  }

  pluck(): this {
    this.mode = { raw: false, pluck: true };
    return this;
  }
}
