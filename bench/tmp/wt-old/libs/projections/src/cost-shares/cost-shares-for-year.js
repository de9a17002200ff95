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
    get MissingPopulation () {
        return MissingPopulation;
    },
    get NoPopulationCostShare () {
        return NoPopulationCostShare;
    },
    get costSharesForYear () {
        return costSharesForYear;
    }
});
const _domain = require("../../../../../../work/main/libs/domain/src");
let MissingPopulation = class MissingPopulation extends _domain.DomainError {
    constructor(partyIds, populationYear){
        super(`no population is recorded for ${populationYear} for ${partyIds.join(', ')}`, 'populationYear'), this.partyIds = partyIds, this.populationYear = populationYear, this.status = 422, this.code = 'missing-population';
    }
};
let NoPopulationCostShare = class NoPopulationCostShare extends _domain.DomainError {
    constructor(...args){
        super(...args), this.status = 422, this.code = 'no-population-cost-share';
    }
};
function costSharesForYear(state, year, totalCents, lookup, populationYear) {
    const yearStart = (0, _domain.firstDayOfYear)(year);
    const yearEnd = (0, _domain.lastDayOfYear)(year);
    const rows = (0, _domain.obligationRows)(state).filter((row)=>row.type === 'pay-cost-share' && row.costShare?.basis === 'population' && row.validFrom <= yearEnd && (row.validTo === null || row.validTo >= yearStart));
    if (rows.length === 0) {
        throw new NoPopulationCostShare(`${state.agreementId} has no cost share by population in force in ${year}`, 'year');
    }
    const byYear = populationYear ?? year + (rows[0].costShare?.populationYearOffset ?? -1);
    const payers = [
        ...new Set(rows.map((row)=>row.partyId))
    ];
    const results = payers.map((partyId)=>({
            partyId,
            result: (0, _domain.populationFor)(partyId, byYear, lookup)
        }));
    const missing = [
        ...new Set(results.flatMap(({ result })=>result.missing))
    ];
    if (missing.length > 0) throw new MissingPopulation(missing, byYear);
    const shares = (0, _domain.splitByPopulation)(totalCents, results.map(({ partyId, result })=>({
            partyId,
            population: result.population
        })));
    return {
        year,
        populationYear: byYear,
        total: (0, _domain.formatMoney)(totalCents),
        shares: shares.map(({ partyId, population, cents })=>({
                partyId,
                population,
                amount: (0, _domain.formatMoney)(cents)
            }))
    };
}

//# sourceMappingURL=cost-shares-for-year.js.map