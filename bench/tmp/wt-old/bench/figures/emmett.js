"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "emmettPath", {
    enumerable: true,
    get: function() {
        return emmettPath;
    }
});
const _emmettsqlite = require("@event-driven-io/emmett-sqlite");
const _domain = require("../../../../work/main/libs/domain/src");
const _registry = require("../../../../work/main/libs/registry/src");
const _nodecrypto = require("node:crypto");
const _nodepath = require("node:path");
const _registry1 = require("../harness/registry");
const _timing = require("../harness/timing");
async function emmettPath(steps, agreementIds, dir, readPasses) {
    const fileName = (0, _nodepath.join)(dir, 'emmett.db');
    const connection = (0, _emmettsqlite.sqliteConnection)({
        fileName
    });
    await connection.command('PRAGMA synchronous = FULL');
    const pool = (0, _emmettsqlite.SQLiteConnectionPool)({
        fileName,
        connectionOptions: {
            singleton: true,
            connection
        }
    });
    const store = (0, _emmettsqlite.getSQLiteEventStore)({
        fileName,
        pool,
        schema: {
            autoMigration: 'CreateOrUpdate'
        }
    });
    const partyFold = {
        evolve: _domain.evolveParty,
        initialState: ()=>_domain.initialPartyState
    };
    const agreementFold = {
        evolve: _domain.evolveAgreement,
        initialState: ()=>_domain.initialAgreementState
    };
    const typesOf = async (ids)=>{
        const unique = [
            ...new Set(ids)
        ];
        const states = await Promise.all(unique.map((id)=>store.aggregateStream(`party-${id}`, partyFold)));
        const types = {};
        states.forEach(({ state }, i)=>{
            const s = state;
            if (s.exists && s.type) types[unique[i]] = s.type;
        });
        return types;
    };
    const metadata = (at)=>{
        const correlationId = (0, _nodecrypto.randomUUID)();
        return {
            recordedAt: at,
            actor: _registry1.BENCH_ACTOR,
            role: 'registrar',
            correlationId,
            causationId: correlationId
        };
    };
    try {
        const started = process.hrtime.bigint();
        for (const step of steps){
            const today = (0, _registry.registryDate)(new Date(step.at));
            if (step.kind === 'party') {
                const stream = `party-${step.request.partyId}`;
                const { state, currentStreamVersion } = await store.aggregateStream(stream, partyFold);
                const command = await (0, _registry.completePartyRequest)(step.request, today, typesOf);
                const events = (0, _domain.decideParty)(command, state);
                await store.appendToStream(stream, events.map((e)=>({
                        ...e,
                        metadata: metadata(step.at)
                    })), {
                    expectedStreamVersion: currentStreamVersion
                });
            } else {
                const request = step.request;
                const stream = `agreement-${request.agreementId}`;
                const { state, currentStreamVersion } = await store.aggregateStream(stream, agreementFold);
                const command = await (0, _registry.completeAgreementRequest)(request, today, typesOf);
                const events = (0, _domain.decideAgreement)(command, state);
                await store.appendToStream(stream, events.map((e)=>({
                        ...e,
                        metadata: metadata(step.at)
                    })), {
                    expectedStreamVersion: currentStreamVersion
                });
            }
        }
        const took = (0, _timing.seconds)(started);
        const readStarted = process.hrtime.bigint();
        for(let pass = 0; pass < readPasses; pass++)for (const id of agreementIds)await store.aggregateStream(`agreement-${id}`, agreementFold);
        const readTook = (0, _timing.seconds)(readStarted);
        return {
            commandsPerSec: steps.length / took,
            seconds: took,
            readStreamsPerSec: agreementIds.length * readPasses / readTook
        };
    } finally{
        await pool.close();
        connection.close();
    }
}

//# sourceMappingURL=emmett.js.map