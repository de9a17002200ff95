/** The domain side of an event; the store wraps it in an envelope the domain never sees. */ "use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});

//# sourceMappingURL=event-of.js.map