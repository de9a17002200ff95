"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "populationFor", {
    enumerable: true,
    get: function() {
        return populationFor;
    }
});
function populationFor(partyId, year, lookup) {
    const own = lookup.recordedPopulation(partyId, year);
    if (own !== undefined) return {
        population: own,
        missing: []
    };
    const memberIds = lookup.membersOf(partyId) ?? [];
    if (memberIds.length === 0) return {
        population: undefined,
        missing: [
            partyId
        ]
    };
    const figures = memberIds.map((memberId)=>({
            memberId,
            population: lookup.recordedPopulation(memberId, year)
        }));
    const missing = figures.filter((figure)=>figure.population === undefined).map((figure)=>figure.memberId);
    if (missing.length > 0) return {
        population: undefined,
        missing
    };
    return {
        population: figures.reduce((sum, figure)=>sum + (figure.population ?? 0), 0),
        missing: []
    };
}

//# sourceMappingURL=population.js.map