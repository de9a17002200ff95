/**
 * What the projector and the schema functions use of a SQLite connection: a better-sqlite3 Database, or a SqlThread
 * (a connection on a worker thread) during a rebuild.
 */ "use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});

//# sourceMappingURL=sql-connection.js.map