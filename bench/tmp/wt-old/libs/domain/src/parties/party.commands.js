"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "PARTY_COMMAND_TYPES", {
    enumerable: true,
    get: function() {
        return PARTY_COMMAND_TYPES;
    }
});
const PARTY_COMMAND_TYPES = [
    'RegisterParty',
    'RecordPopulation',
    'RenameParty'
];

//# sourceMappingURL=party.commands.js.map