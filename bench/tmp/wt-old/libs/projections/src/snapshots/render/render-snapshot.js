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
    get escapeMarkdown () {
        return escapeMarkdown;
    },
    get finnishDate () {
        return finnishDate;
    },
    get renderSnapshotHtml () {
        return renderSnapshotHtml;
    },
    get renderSnapshotMarkdown () {
        return renderSnapshotMarkdown;
    }
});
const _nunjucks = /*#__PURE__*/ _interop_require_default(require("nunjucks"));
const _nodepath = require("node:path");
const _labels = require("./labels");
function _interop_require_default(obj) {
    return obj && obj.__esModule ? obj : {
        default: obj
    };
}
/** Next to this file in the sources (jest) and in dist/ (swc --copy-files copies them). */ const TEMPLATES = (0, _nodepath.join)(__dirname, 'templates');
function environment(autoescape) {
    const env = new _nunjucks.default.Environment(new _nunjucks.default.FileSystemLoader(TEMPLATES), {
        autoescape,
        throwOnUndefined: false,
        trimBlocks: true,
        lstripBlocks: true
    });
    env.addGlobal('label', (group, code)=>(0, _labels.labelOf)(group, code));
    env.addFilter('fidate', finnishDate);
    return env;
}
let html;
let markdown;
function renderSnapshotHtml(snapshot, meta) {
    html ??= environment(true);
    return html.render('snapshot.html.njk', view(snapshot, meta));
}
function renderSnapshotMarkdown(snapshot, meta) {
    markdown ??= environment(false).addFilter('md', escapeMarkdown);
    return markdown.render('snapshot.md.njk', view(snapshot, meta));
}
function view(snapshot, meta) {
    const names = new Map();
    for (const agreement of snapshot.agreements){
        for (const party of agreement.parties)if (party.name) names.set(party.partyId, party.name.fi);
    }
    if (snapshot.party) names.set(snapshot.party.partyId, snapshot.party.name.fi);
    const nameOf = (partyId)=>names.get(partyId) ?? partyId;
    const titles = new Map(snapshot.agreements.map((agreement)=>[
            agreement.agreementId,
            agreement.title.fi
        ]));
    return {
        s: snapshot,
        meta,
        scopeText: scopeText(snapshot, nameOf),
        nameOf,
        titleOf: (agreementId)=>titles.get(agreementId) ?? agreementId,
        beneficiary: (selector)=>beneficiaryText(selector, nameOf),
        eventText: (event)=>eventText(event, nameOf),
        localized: (text)=>text ? [
                text.fi,
                text.sv,
                text.en
            ].filter(Boolean).join(' / ') : ''
    };
}
function scopeText(snapshot, nameOf) {
    const { scope } = snapshot;
    if ('agreementId' in scope) return `Sopimus / Agreement: ${snapshot.agreements[0]?.title.fi ?? scope.agreementId} (${scope.agreementId})`;
    if ('partyId' in scope) return `Osapuoli / Party: ${nameOf(scope.partyId)} (${scope.partyId})`;
    const kind = (0, _labels.labelOf)('kind', scope.kind);
    return `Sopimuslaji / Kind: ${kind.fi} / ${kind.en} (${scope.kind})`;
}
function beneficiaryText(selector, nameOf) {
    if (selector === null) return '—';
    if (selector === 'all') return 'Kaikki osapuolet / All parties';
    if ('partyId' in selector) return nameOf(selector.partyId);
    if ('role' in selector) {
        const role = (0, _labels.labelOf)('role', selector.role);
        return `${role.fi} / ${role.en}`;
    }
    const type = (0, _labels.labelOf)('partyType', selector.partyType);
    return `${type.fi} / ${type.en}`;
}
/** One line saying what the event recorded, in the registry's own terms. */ function eventText(event, nameOf) {
    const data = event.data;
    const d = finnishDate;
    switch(event.type){
        case 'AgreementDrafted':
        case 'DraftRevised':
            return `v${data.version}: ${data.terms?.title?.fi ?? ''}`;
        case 'BoardDecisionRecorded':
            {
                const outcome = (0, _labels.labelOf)('outcome', data.outcome);
                return `${nameOf(data.partyId)}, ${data.body} ${d(data.meetingDate)} ${data.section}: ${outcome.fi} / ${outcome.en} (v${data.version})`;
            }
        case 'SignatureRecorded':
            return `${nameOf(data.partyId)}: ${data.signatory?.name}, ${data.signatory?.title}, ${d(data.signedOn)} (v${data.version})`;
        case 'VersionEnteredIntoForce':
            return `v${data.version} ${d(data.effectiveFrom)}`;
        case 'PartyJoined':
            return `${nameOf(data.partyId)}, ${d(data.joinsOn)}`;
        case 'PartyWithdrew':
            return `${nameOf(data.partyId)}, ${d(data.effectiveOn)}: ${data.reason}`;
        case 'AnnualReviewRecorded':
            return `${data.year}, ${d(data.heldOn)}: ${data.meeting}`;
        case 'AgreementTerminated':
            return `${d(data.effectiveOn)}: ${data.reason}`;
        default:
            return '';
    }
}
function finnishDate(date) {
    if (typeof date !== 'string') return '';
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
    return match ? `${Number(match[3])}.${Number(match[2])}.${match[1]}` : date;
}
function escapeMarkdown(value) {
    if (value === null || value === undefined) return '';
    return String(value).replace(/[\\`*_[\]<>|~]/g, (c)=>`\\${c}`).replace(/\s*\r?\n\s*/g, ' ');
}

//# sourceMappingURL=render-snapshot.js.map