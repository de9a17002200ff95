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
    get dateQuery () {
        return dateQuery;
    },
    get idQuery () {
        return idQuery;
    },
    get integerQuery () {
        return integerQuery;
    },
    get kindQuery () {
        return kindQuery;
    },
    get knownAtQuery () {
        return knownAtQuery;
    },
    get obligationTypeQuery () {
        return obligationTypeQuery;
    },
    get oneOfQuery () {
        return oneOfQuery;
    },
    get statusQuery () {
        return statusQuery;
    },
    get yearQuery () {
        return yearQuery;
    }
});
const _domain = require("../../../../../../work/main/libs/domain/src");
const _problem = require("./problem");
/** Query parameters of every read route: each parser answers a 400 naming the parameter it refuses. */ const invalid = (field, detail)=>(0, _problem.fieldProblem)(400, 'invalid-query', [
        {
            field,
            detail
        }
    ]);
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;
function dateQuery(value, field) {
    if (value === undefined) return undefined;
    if (typeof value !== 'string' || !(0, _domain.isCalendarDate)(value)) throw invalid(field, 'must be a real calendar date YYYY-MM-DD');
    return value;
}
function knownAtQuery(value, field = 'knownAt') {
    if (value === undefined) return undefined;
    if (typeof value === 'string' && /^\d{1,15}$/.test(value)) return {
        position: Number(value)
    };
    if (typeof value === 'string' && INSTANT.test(value) && !Number.isNaN(Date.parse(value))) {
        return {
            instant: new Date(value).toISOString()
        };
    }
    throw invalid(field, 'must be a log position (e.g. 42) or an instant with an offset (e.g. 2026-01-15T12:00:00Z)');
}
function integerQuery(value, field, { min, fallback }) {
    if (value === undefined) return fallback;
    if (typeof value !== 'string' || !/^\d{1,15}$/.test(value) || Number(value) < min) {
        throw invalid(field, `must be an integer of at least ${min}`);
    }
    return Number(value);
}
function oneOfQuery(value, field, allowed) {
    if (value === undefined) return undefined;
    if (typeof value !== 'string' || !allowed.includes(value)) throw invalid(field, `must be one of: ${allowed.join(', ')}`);
    return value;
}
const obligationTypeQuery = (value)=>oneOfQuery(value, 'type', _domain.OBLIGATION_TYPES);
const statusQuery = (value)=>oneOfQuery(value, 'status', _domain.AGREEMENT_STATUSES);
function kindQuery(value) {
    if (value === undefined) return undefined;
    if (typeof value !== 'string' || !_domain.agreementKind.safeParse(value).success) throw invalid('kind', 'must be a lowercase kind such as family-centre');
    return value;
}
function idQuery(value, field) {
    if (value === undefined) return undefined;
    if (typeof value !== 'string' || !_domain.ID_PATTERN.test(value)) throw invalid(field, 'must be an id: lowercase letters, digits and inner hyphens');
    return value;
}
function yearQuery(value, field) {
    if (value === undefined) return undefined;
    if (typeof value !== 'string' || !/^\d{4}$/.test(value) || Number(value) < 1900 || Number(value) > 2200) {
        throw invalid(field, 'must be a year 1900–2200');
    }
    return Number(value);
}

//# sourceMappingURL=query-params.js.map