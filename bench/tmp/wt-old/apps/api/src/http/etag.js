"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "withETag", {
    enumerable: true,
    get: function() {
        return withETag;
    }
});
function withETag(request, response, revision, body) {
    const etag = `"${revision}"`;
    response.setHeader('ETag', etag);
    if (request.header('if-none-match') === etag) {
        response.status(304);
        return undefined;
    }
    return body;
}

//# sourceMappingURL=etag.js.map