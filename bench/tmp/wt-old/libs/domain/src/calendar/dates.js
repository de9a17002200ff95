/** An ISO date 'YYYY-MM-DD' that exists on the Gregorian calendar. */ "use strict";
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
    get addDays () {
        return addDays;
    },
    get compareDates () {
        return compareDates;
    },
    get firstDayOfYear () {
        return firstDayOfYear;
    },
    get isCalendarDate () {
        return isCalendarDate;
    },
    get lastDayOfYear () {
        return lastDayOfYear;
    },
    get maxDate () {
        return maxDate;
    },
    get minDate () {
        return minDate;
    }
});
const DATE_SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;
function isCalendarDate(value) {
    if (typeof value !== 'string') return false;
    const match = DATE_SHAPE.exec(value);
    if (!match) return false;
    const [year, month, day] = match.slice(1).map(Number);
    return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}
function daysInMonth(year, month) {
    return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
function compareDates(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
function addDays(date, days) {
    const [year, month, day] = date.split('-').map(Number);
    return new Date(Date.UTC(year, month - 1, day) + days * MS_PER_DAY).toISOString().slice(0, 10);
}
function maxDate(first, ...rest) {
    return rest.reduce((latest, date)=>date > latest ? date : latest, first);
}
function minDate(first, ...rest) {
    return rest.reduce((earliest, date)=>date < earliest ? date : earliest, first);
}
function firstDayOfYear(year) {
    return `${String(year).padStart(4, '0')}-01-01`;
}
function lastDayOfYear(year) {
    return `${String(year).padStart(4, '0')}-12-31`;
}

//# sourceMappingURL=dates.js.map