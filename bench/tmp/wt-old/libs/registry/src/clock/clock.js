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
    get CLOCK () {
        return CLOCK;
    },
    get registryDate () {
        return registryDate;
    },
    get systemClock () {
        return systemClock;
    }
});
const CLOCK = Symbol('Clock');
const systemClock = {
    now: ()=>new Date()
};
const helsinkiDate = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Helsinki',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit'
});
function registryDate(instant) {
    return helsinkiDate.format(instant);
}

//# sourceMappingURL=clock.js.map