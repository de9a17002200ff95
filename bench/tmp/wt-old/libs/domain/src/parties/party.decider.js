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
    get decideParty () {
        return decideParty;
    },
    get evolveParty () {
        return evolveParty;
    },
    get initialPartyState () {
        return initialPartyState;
    }
});
const _errors = require("../errors");
const _validation = require("../validation");
const _partyevents = require("./party.events");
const initialPartyState = {
    exists: false,
    partyId: '',
    name: null,
    type: null,
    memberIds: [],
    populations: {}
};
function decideParty(command, state) {
    switch(command.type){
        case 'RegisterParty':
            return registerParty(command, state);
        case 'RecordPopulation':
            return recordPopulation(command, state);
        case 'RenameParty':
            return renameParty(command, state);
    }
}
function evolveParty(state, event) {
    switch(event.type){
        case 'PartyRegistered':
            {
                const { partyId, name, type, businessId, municipalityCode, memberIds = [] } = event.data;
                return {
                    ...state,
                    exists: true,
                    partyId,
                    name,
                    type,
                    businessId,
                    municipalityCode,
                    memberIds
                };
            }
        case 'PopulationRecorded':
            {
                const { year, population, source } = event.data;
                return {
                    ...state,
                    populations: {
                        ...state.populations,
                        [year]: {
                            population,
                            source
                        }
                    }
                };
            }
        case 'PartyRenamed':
            return {
                ...state,
                name: event.data.name
            };
    }
}
const invalidRegistration = (detail, field)=>{
    if (field === 'businessId') return new _errors.InvalidBusinessId(detail, field);
    if (field === 'municipalityCode') return new _errors.InvalidMunicipalityCode(detail, field);
    if (field.startsWith('memberIds')) return new _errors.InvalidMembers(detail, 'memberIds');
    return new _errors.InvalidCommand(detail, field);
};
const invalidCommand = (detail, field)=>new _errors.InvalidCommand(detail, field);
function registerParty(command, state) {
    if (state.exists) throw new _errors.PartyAlreadyRegistered(`party ${command.partyId} is already registered`);
    const data = (0, _validation.parseOrThrow)(_partyevents.partyRegisteredData, {
        partyId: command.partyId,
        name: command.name,
        type: command.partyType,
        businessId: command.businessId,
        municipalityCode: command.municipalityCode,
        memberIds: command.memberIds
    }, invalidRegistration);
    if (data.municipalityCode !== undefined && data.type !== 'municipality') {
        throw new _errors.InvalidMunicipalityCode(`a ${data.type} has no municipality code`, 'municipalityCode');
    }
    if (data.memberIds) assertValidMembers(data.partyId, data.type, data.memberIds, command.knownPartyIds);
    return [
        {
            type: 'PartyRegistered',
            schemaVersion: 1,
            data
        }
    ];
}
function assertValidMembers(partyId, type, memberIds, knownPartyIds) {
    if (!_partyevents.TYPES_WITH_MEMBERS.includes(type)) {
        throw new _errors.InvalidMembers(`a ${type} has no members; only ${_partyevents.TYPES_WITH_MEMBERS.join(' and ')} do`, 'memberIds');
    }
    if (memberIds.includes(partyId)) throw new _errors.InvalidMembers(`${partyId} cannot be its own member`, 'memberIds');
    const duplicate = memberIds.find((memberId, i)=>memberIds.indexOf(memberId) !== i);
    if (duplicate) throw new _errors.InvalidMembers(`member ${duplicate} is listed twice`, 'memberIds');
    const unknownIndex = memberIds.findIndex((memberId)=>!knownPartyIds.includes(memberId));
    if (unknownIndex >= 0) {
        throw new _errors.UnregisteredParty(`member ${memberIds[unknownIndex]} is not a registered party`, `memberIds[${unknownIndex}]`);
    }
}
function recordPopulation(command, state) {
    assertExists(command.partyId, state);
    const { partyId, year, population, source } = command;
    const data = (0, _validation.parseOrThrow)(_partyevents.populationRecordedData, {
        partyId,
        year,
        population,
        source
    }, invalidCommand);
    return [
        {
            type: 'PopulationRecorded',
            schemaVersion: 1,
            data
        }
    ];
}
function renameParty(command, state) {
    assertExists(command.partyId, state);
    const { partyId, name, effectiveOn } = command;
    const data = (0, _validation.parseOrThrow)(_partyevents.partyRenamedData, {
        partyId,
        name,
        effectiveOn
    }, invalidCommand);
    return [
        {
            type: 'PartyRenamed',
            schemaVersion: 1,
            data
        }
    ];
}
function assertExists(partyId, state) {
    if (!state.exists) throw new _errors.PartyNotFound(`party ${partyId} is not registered`);
}

//# sourceMappingURL=party.decider.js.map