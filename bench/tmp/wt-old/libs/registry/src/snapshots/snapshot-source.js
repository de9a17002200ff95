"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "snapshotSourceAt", {
    enumerable: true,
    get: function() {
        return snapshotSourceAt;
    }
});
const _domain = require("../../../../../../work/main/libs/domain/src");
const _verifylog = require("../audit/verify-log");
const _logpages = require("../audit/log-pages");
async function snapshotSourceAt(store, asOfPosition) {
    const agreements = new Map();
    const parties = new Map();
    const heads = new Map();
    pages: for await (const page of (0, _logpages.logPages)(store)){
        for (const event of page){
            if (event.globalPosition > asOfPosition) break pages;
            heads.set(event.streamId, {
                streamId: event.streamId,
                revision: event.streamRevision,
                hash: event.hash
            });
            if (event.streamId.startsWith('agreement-')) {
                const id = event.streamId.slice('agreement-'.length);
                const folded = agreements.get(id) ?? {
                    state: _domain.initialAgreementState,
                    sinceLastReview: []
                };
                folded.state = (0, _domain.evolveAgreement)(folded.state, event);
                if (event.type === 'AnnualReviewRecorded') folded.sinceLastReview = [];
                else {
                    folded.sinceLastReview.push({
                        position: event.globalPosition,
                        revision: event.streamRevision,
                        type: event.type,
                        data: event.data
                    });
                }
                agreements.set(id, folded);
            } else if (event.streamId.startsWith('party-')) {
                const id = event.streamId.slice('party-'.length);
                parties.set(id, (0, _domain.evolveParty)(parties.get(id) ?? _domain.initialPartyState, event));
            }
        }
    }
    return {
        asOfPosition,
        heads: (0, _verifylog.headsDigest)(heads.values()),
        agreements: [
            ...agreements.values()
        ],
        parties: Object.fromEntries([
            ...parties
        ].filter(([, party])=>party.exists && party.name && party.type).map(([id, party])=>[
                id,
                {
                    name: party.name,
                    type: party.type
                }
            ]))
    };
}

//# sourceMappingURL=snapshot-source.js.map