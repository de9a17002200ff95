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
    get formatMoney () {
        return formatMoney;
    },
    get parseMoney () {
        return parseMoney;
    },
    get splitByPopulation () {
        return splitByPopulation;
    }
});
const _errors = require("../errors");
function splitByPopulation(totalCents, entries) {
    if (totalCents < 0n) throw new _errors.InvalidMoney(`cannot split a negative total (${formatMoney(totalCents)})`, 'total');
    const invalid = entries.find((entry)=>!Number.isSafeInteger(entry.population) || entry.population < 0);
    if (invalid) throw new _errors.InvalidMoney(`population of ${invalid.partyId} must be a whole number ≥ 0`, 'population');
    const populationSum = entries.reduce((sum, entry)=>sum + BigInt(entry.population), 0n);
    if (populationSum === 0n) throw new _errors.NoPopulationToSplitBy('the parties have no population to split the total by');
    const exact = entries.map((entry, index)=>{
        const numerator = totalCents * BigInt(entry.population);
        return {
            index,
            floor: numerator / populationSum,
            remainder: numerator % populationSum
        };
    });
    const leftover = totalCents - exact.reduce((sum, share)=>sum + share.floor, 0n);
    const getsExtraCent = new Set([
        ...exact
    ].sort((a, b)=>a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1).slice(0, Number(leftover)).map((share)=>share.index));
    return entries.map((entry, index)=>({
            partyId: entry.partyId,
            population: entry.population,
            cents: exact[index].floor + (getsExtraCent.has(index) ? 1n : 0n)
        }));
}
const MONEY = /^(\d{1,15})(?:\.(\d{1,2}))?$/;
function parseMoney(text, field = 'total') {
    const match = MONEY.exec(text);
    if (!match) {
        throw new _errors.InvalidMoney(`${field} must be a non-negative amount with at most 15 digits and 2 decimals, not '${text}'`, field);
    }
    const [, euros, fraction = ''] = match;
    return BigInt(euros) * 100n + BigInt(fraction.padEnd(2, '0'));
}
function formatMoney(cents) {
    const sign = cents < 0n ? '-' : '';
    const magnitude = cents < 0n ? -cents : cents;
    return `${sign}${magnitude / 100n}.${String(magnitude % 100n).padStart(2, '0')}`;
}

//# sourceMappingURL=split.js.map