'use strict';
// Plain JavaScript: a worker thread loads this file as it is, under Jest as well as from the build.
const { parentPort, workerData } = require('node:worker_threads');
const Database = require('better-sqlite3');

/** Op codes of the write queue; see SqlThread. */
const PREPARE = 0;
const RUN = 1;

const { file, pragmas, signal: signalBuffer, replies } = workerData;
const signal = new Int32Array(signalBuffer);
const statements = [];
/** The first write that failed: every later write is skipped and the next request answers with it. */
let failure;
let db;
try {
  db = new Database(file, { timeout: 5000 });
  for (const pragma of pragmas) db.pragma(pragma);
} catch (error) {
  // Answered to every request: the other thread waits for answers and would otherwise wait for ever.
  failure = error;
}

function applyWrites(ops) {
  let i = 0;
  while (i < ops.length) {
    const op = ops[i++];
    if (op === PREPARE) {
      statements[ops[i++]] = db.prepare(ops[i++]);
    } else if (op === RUN) {
      statements[ops[i++]].run(ops[i++]);
    } else {
      throw new Error(`unknown op ${op}`);
    }
  }
}

function answer(request) {
  switch (request.kind) {
    case 'exec':
      db.exec(request.sql);
      return undefined;
    case 'pragma':
      return db.pragma(request.sql);
    case 'query': {
      const statement = statements[request.id];
      statement.raw(request.raw);
      if (!request.raw) statement.pluck(request.pluck);
      return request.all ? statement.all(...request.params) : statement.get(...request.params);
    }
    case 'rollback':
      if (db?.inTransaction) db.exec('ROLLBACK');
      return undefined;
    case 'close':
      if (db?.open) db.close();
      return undefined;
    default:
      throw new Error(`unknown request ${request.kind}`);
  }
}

parentPort.on('message', (message) => {
  if (message.ops) {
    if (failure === undefined) {
      try {
        applyWrites(message.ops);
      } catch (error) {
        failure = error;
      }
    }
    Atomics.add(signal, 0, 1);
    Atomics.notify(signal, 0);
    return;
  }
  let reply;
  try {
    if (failure !== undefined && message.kind !== 'rollback' && message.kind !== 'close') throw failure;
    reply = { value: answer(message) };
  } catch (error) {
    reply = { error: { message: error.message, code: error.code } };
  }
  if (message.kind === 'rollback') failure = undefined;
  replies.postMessage(reply);
  Atomics.store(signal, 1, 1);
  Atomics.notify(signal, 1);
  if (message.kind === 'close') process.exit(0);
});
