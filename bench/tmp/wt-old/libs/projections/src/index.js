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
    get DEADLINE_TYPES () {
        return _deadlinesof.DEADLINE_TYPES;
    },
    get MissingPopulation () {
        return _costsharesforyear.MissingPopulation;
    },
    get NoPopulationCostShare () {
        return _costsharesforyear.NoPopulationCostShare;
    },
    get PROJECTION_VERSIONS () {
        return _schema.PROJECTION_VERSIONS;
    },
    get ProjectionRunner () {
        return _projectionrunner.ProjectionRunner;
    },
    get ReadModelQueries () {
        return _readmodelqueries.ReadModelQueries;
    },
    get RegistryProjector () {
        return _registryprojector.RegistryProjector;
    },
    get costSharesForYear () {
        return _costsharesforyear.costSharesForYear;
    },
    get deadlinesOf () {
        return _deadlinesof.deadlinesOf;
    },
    get openReadModelsDb () {
        return _projectionrunner.openReadModelsDb;
    },
    get readModelsFileOf () {
        return _rebuildreadmodels.readModelsFileOf;
    },
    get rebuildReadModels () {
        return _rebuildreadmodels.rebuildReadModels;
    }
});
const _projectionrunner = require("./projection-runner");
const _rebuildreadmodels = require("./rebuild-read-models");
const _registryprojector = require("./registry-projector");
const _schema = require("./schema");
const _deadlinesof = require("./deadlines/deadlines-of");
const _costsharesforyear = require("./cost-shares/cost-shares-for-year");
const _readmodelqueries = require("./queries/read-model-queries");
_export_star(require("./snapshots"), exports);
function _export_star(from, to) {
    Object.keys(from).forEach(function(k) {
        if (k !== "default" && !Object.prototype.hasOwnProperty.call(to, k)) {
            Object.defineProperty(to, k, {
                enumerable: true,
                get: function() {
                    return from[k];
                }
            });
        }
    });
    return from;
}

//# sourceMappingURL=index.js.map