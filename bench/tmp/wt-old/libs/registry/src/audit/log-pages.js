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
    get LOG_PAGE_SIZE () {
        return LOG_PAGE_SIZE;
    },
    get auditPages () {
        return auditPages;
    },
    get logPages () {
        return logPages;
    }
});
const _eventstore = require("../../../../../../work/main/libs/event-store/src");
const LOG_PAGE_SIZE = 1000;
async function* logPages(store, { after = 0, pageSize = LOG_PAGE_SIZE } = {}) {
    let position = after;
    for(;;){
        const page = await store.readAll(position, pageSize);
        if (page.length === 0) return;
        yield page;
        position = page[page.length - 1].globalPosition;
        if (page.length < pageSize) return;
    }
}
async function* auditPages(store, { after = 0, pageSize = LOG_PAGE_SIZE } = {}) {
    let position = after;
    for(;;){
        let page;
        try {
            page = await store.readAll(position, pageSize);
        } catch (error) {
            if (!(error instanceof _eventstore.UnreadableEvent)) throw error;
            page = [];
            for(let i = 0; i < pageSize; i++){
                try {
                    const [one] = await store.readAll(position, 1);
                    if (!one) break;
                    page.push(one);
                    position = one.globalPosition;
                } catch (unreadable) {
                    if (!(unreadable instanceof _eventstore.UnreadableEvent)) throw unreadable;
                    page.push(unreadable);
                    position = unreadable.globalPosition;
                }
            }
            if (page.length === 0) return;
            yield page;
            continue;
        }
        if (page.length === 0) return;
        yield page;
        position = page[page.length - 1].globalPosition;
        if (page.length < pageSize) return;
    }
}

//# sourceMappingURL=log-pages.js.map