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
    get CALENDAR_DATE_MESSAGE () {
        return CALENDAR_DATE_MESSAGE;
    },
    get calendarDate () {
        return calendarDate;
    }
});
const _zod = require("zod");
const _dates = require("./dates");
const CALENDAR_DATE_MESSAGE = 'must be a real calendar date YYYY-MM-DD';
const calendarDate = _zod.z.string().refine(_dates.isCalendarDate, CALENDAR_DATE_MESSAGE);

//# sourceMappingURL=zod.js.map