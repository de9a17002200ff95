"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "isValidBusinessId", {
    enumerable: true,
    get: function() {
        return isValidBusinessId;
    }
});
const BUSINESS_ID_SHAPE = /^(\d{7})-(\d)$/;
const WEIGHTS = [
    7,
    9,
    10,
    5,
    8,
    4,
    2
];
function isValidBusinessId(value) {
    const match = BUSINESS_ID_SHAPE.exec(value);
    if (!match) return false;
    const sum = [
        ...match[1]
    ].reduce((total, digit, i)=>total + Number(digit) * WEIGHTS[i], 0);
    const remainder = sum % 11;
    if (remainder === 1) return false;
    const checkDigit = remainder === 0 ? 0 : 11 - remainder;
    return Number(match[2]) === checkDigit;
}

//# sourceMappingURL=business-id.js.map