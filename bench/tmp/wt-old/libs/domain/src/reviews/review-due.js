"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "reviewDueOn", {
    enumerable: true,
    get: function() {
        return reviewDueOn;
    }
});
const _status = require("../agreements/status");
function reviewDueOn(state, on) {
    const due = state.reviews.at(-1)?.nextReviewDue ?? null;
    return {
        due,
        overdue: due !== null && due < on && (0, _status.statusOn)(state, on) === 'in-force'
    };
}

//# sourceMappingURL=review-due.js.map