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
    get decideSnapshot () {
        return decideSnapshot;
    },
    get evolveSnapshot () {
        return evolveSnapshot;
    },
    get initialSnapshotState () {
        return initialSnapshotState;
    },
    get parseSnapshotRequest () {
        return parseSnapshotRequest;
    },
    get snapshotPosition () {
        return snapshotPosition;
    },
    get snapshotRequest () {
        return snapshotRequest;
    }
});
const _zod = require("zod");
const _zod1 = require("../calendar/zod");
const _errors = require("../errors");
const _validation = require("../validation");
const _snapshotevents = require("./snapshot.events");
const snapshotRequest = _zod.z.strictObject({
    scope: _snapshotevents.snapshotScope,
    on: _zod1.calendarDate,
    title: _snapshotevents.snapshotTitle,
    atPosition: _zod.z.number().int().min(1).optional()
});
const initialSnapshotState = {
    exists: false
};
const invalidSnapshot = (detail, field)=>new _errors.InvalidSnapshot(detail, field);
function parseSnapshotRequest(input) {
    return (0, _validation.parseOrThrow)(snapshotRequest, input, invalidSnapshot);
}
function snapshotPosition(atPosition, headPosition) {
    if (atPosition === undefined) {
        if (headPosition < 1) throw new _errors.InvalidSnapshot('the registry holds no events yet; there is nothing to snapshot', 'scope');
        return headPosition;
    }
    if (!Number.isInteger(atPosition) || atPosition < 1) {
        throw new _errors.InvalidSnapshot(`atPosition must be a log position of at least 1, not ${atPosition}`, 'atPosition');
    }
    if (atPosition > headPosition) {
        throw new _errors.InvalidSnapshot(`atPosition ${atPosition} is beyond the head of the log (${headPosition})`, 'atPosition');
    }
    return atPosition;
}
function decideSnapshot(command, state) {
    if (state.exists) throw new _errors.SnapshotAlreadyGenerated(`snapshot ${command.snapshotId} has already been generated`);
    const { type: _type, ...payload } = command;
    const data = (0, _validation.parseOrThrow)(_snapshotevents.snapshotGeneratedData, payload, invalidSnapshot);
    return [
        {
            type: 'SnapshotGenerated',
            schemaVersion: 1,
            data
        }
    ];
}
function evolveSnapshot(state, event) {
    switch(event.type){
        case 'SnapshotGenerated':
            return {
                exists: true
            };
    }
}

//# sourceMappingURL=snapshot.decider.js.map