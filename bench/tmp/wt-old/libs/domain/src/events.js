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
    get EVENT_SCHEMAS () {
        return EVENT_SCHEMAS;
    },
    get parseEvent () {
        return parseEvent;
    }
});
const _agreementevents = require("./agreements/agreement.events");
const _errors = require("./errors");
const _partyevents = require("./parties/party.events");
const _snapshotevents = require("./snapshots/snapshot.events");
const _validation = require("./validation");
const EVENT_SCHEMAS = {
    PartyRegistered: {
        schemaVersion: 1,
        schema: _partyevents.partyRegisteredData
    },
    PopulationRecorded: {
        schemaVersion: 1,
        schema: _partyevents.populationRecordedData
    },
    PartyRenamed: {
        schemaVersion: 1,
        schema: _partyevents.partyRenamedData
    },
    AgreementDrafted: {
        schemaVersion: 1,
        schema: _agreementevents.agreementDraftedData
    },
    DraftRevised: {
        schemaVersion: 1,
        schema: _agreementevents.draftRevisedData
    },
    BoardDecisionRecorded: {
        schemaVersion: 1,
        schema: _agreementevents.boardDecisionRecordedData
    },
    SignatureRecorded: {
        schemaVersion: 1,
        schema: _agreementevents.signatureRecordedData
    },
    VersionEnteredIntoForce: {
        schemaVersion: 1,
        schema: _agreementevents.versionEnteredIntoForceData
    },
    PartyJoined: {
        schemaVersion: 1,
        schema: _agreementevents.partyJoinedData
    },
    PartyWithdrew: {
        schemaVersion: 1,
        schema: _agreementevents.partyWithdrewData
    },
    AnnualReviewRecorded: {
        schemaVersion: 1,
        schema: _agreementevents.annualReviewRecordedData
    },
    AgreementTerminated: {
        schemaVersion: 1,
        schema: _agreementevents.agreementTerminatedData
    },
    SnapshotGenerated: {
        schemaVersion: 1,
        schema: _snapshotevents.snapshotGeneratedData
    }
};
function isEventType(type) {
    return Object.hasOwn(EVENT_SCHEMAS, type);
}
function parseEvent(type, schemaVersion, data) {
    if (!isEventType(type)) throw new _errors.InvalidEvent(`unknown event type ${type}`, 'type');
    const expected = EVENT_SCHEMAS[type];
    if (schemaVersion !== expected.schemaVersion) {
        throw new _errors.InvalidEvent(`${type} has schema version ${expected.schemaVersion}, not ${schemaVersion}`, 'schemaVersion');
    }
    const result = expected.schema.safeParse(data);
    if (!result.success) {
        const [issue] = result.error.issues;
        const field = (0, _validation.fieldPath)(issue.path);
        throw new _errors.InvalidEvent(`${type} ${field || 'data'}: ${issue.message}`, field);
    }
    // The schema looked up by this type produced the data, so the pair is that event.
    return {
        type,
        schemaVersion: 1,
        data: result.data
    };
}

//# sourceMappingURL=events.js.map