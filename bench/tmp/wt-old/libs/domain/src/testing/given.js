"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "given", {
    enumerable: true,
    get: function() {
        return given;
    }
});
const _agreementdecider = require("../agreements/agreement.decider");
const _agreementstate = require("../agreements/agreement.state");
const _events = require("../events");
const _partycommands = require("../parties/party.commands");
const _partydecider = require("../parties/party.decider");
const PARTY_EVENT_TYPES = [
    'PartyRegistered',
    'PopulationRecorded',
    'PartyRenamed'
];
function given(history) {
    return {
        when (command) {
            const decide = ()=>decideOn(history, command);
            return {
                thenEmits (expected) {
                    const emitted = decide();
                    expect(emitted).toEqual(expected);
                    for (const event of emitted)expect((0, _events.parseEvent)(event.type, event.schemaVersion, event.data)).toEqual(event);
                },
                /** `expected` is the field the error names, or properties the error must have. */ thenThrows (errorClass, expected) {
                    expect(decide).toThrow(errorClass);
                    if (expected !== undefined) {
                        expect(caught(decide)).toMatchObject(typeof expected === 'string' ? {
                            field: expected
                        } : expected);
                    }
                }
            };
        }
    };
}
function decideOn(history, command) {
    if (isPartyCommand(command)) {
        return (0, _partydecider.decideParty)(command, partyHistory(history).reduce(_partydecider.evolveParty, _partydecider.initialPartyState));
    }
    return (0, _agreementdecider.decideAgreement)(command, agreementHistory(history).reduce(_agreementdecider.evolveAgreement, _agreementstate.initialAgreementState));
}
function isPartyCommand(command) {
    return _partycommands.PARTY_COMMAND_TYPES.includes(command.type);
}
function isPartyEvent(event) {
    return PARTY_EVENT_TYPES.includes(event.type);
}
function partyHistory(history) {
    const events = history.filter(isPartyEvent);
    if (events.length !== history.length) throw new Error('given: a party command needs a history of party events');
    return events;
}
function agreementHistory(history) {
    const events = history.filter((event)=>!isPartyEvent(event));
    if (events.length !== history.length) throw new Error('given: an agreement command needs a history of agreement events');
    return events;
}
function caught(run) {
    try {
        run();
    } catch (error) {
        return error;
    }
    return undefined;
}

//# sourceMappingURL=given.js.map