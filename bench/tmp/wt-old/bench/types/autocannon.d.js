/** The part of autocannon's programmatic API the bench uses (the package ships no types). */ "use strict";

//# sourceMappingURL=autocannon.d.js.map