"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
function _export(target, all) {
    for(var name in all)Object.defineProperty(target, name, {
        enumerable: true,
        get: Object.getOwnPropertyDescriptor(all, name).get
    });
}
_export(exports, {
    get ChainVerifier () {
        return _hashchain.ChainVerifier;
    },
    get SqliteEventStore () {
        return _sqliteeventstore.SqliteEventStore;
    },
    get canonicalJson () {
        return _hashchain.canonicalJson;
    },
    get connectEventStoreDb () {
        return _connect.connectEventStoreDb;
    },
    get eventHash () {
        return _hashchain.eventHash;
    },
    get eventHashFromCanonicalParts () {
        return _hashchain.eventHashFromCanonicalParts;
    },
    get eventIdsFor () {
        return _eventids.eventIdsFor;
    },
    get newEventId () {
        return _eventids.newEventId;
    },
    get sha256Hex () {
        return _hashchain.sha256Hex;
    },
    get verifyChain () {
        return _hashchain.verifyChain;
    }
});
_export_star(require("./event-store.port"), exports);
const _hashchain = require("./hash-chain");
const _eventids = require("./event-ids");
const _sqliteeventstore = require("./sqlite/sqlite-event-store");
const _connect = require("./eventstoredb/connect");
function _export_star(from, to) {
    Object.keys(from).forEach(function(k) {
        if (k !== "default" && !Object.prototype.hasOwnProperty.call(to, k)) {
            Object.defineProperty(to, k, {
                enumerable: true,
                get: function() {
                    return from[k];
                }
            });
        }
    });
    return from;
}

//# sourceMappingURL=index.js.map