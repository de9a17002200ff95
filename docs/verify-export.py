#!/usr/bin/env python3
"""Verify a Pacta export (NDJSON) with nothing but the Python standard library.

Usage: python3 verify-export.py pacta-export.ndjson [HEADS_DIGEST]

Implements docs/envelope-and-hash-chain.md: for each line (one event envelope, in global order)
  o    = {prevHash, streamId, streamRevision, eventId, type, schemaVersion, data, metadata}
  hash = lowercase hex SHA-256 of the UTF-8 bytes of JCS(o)   (JCS = RFC 8785)
and prevHash is the previous event's hash in the same stream (null at revision 0).

JCS here is json.dumps(sort_keys=True, separators=(",", ":"), ensure_ascii=False). That equals RFC 8785 for the
values Pacta stores: strings, integers, booleans, null, objects and arrays. It would differ for non-integer numbers
(RFC 8785 prints them as ECMAScript does) and for member names outside the Basic Multilingual Plane (RFC 8785 sorts
by UTF-16 code units); the script refuses the first rather than guess.
"""
import hashlib
import json
import sys


def jcs(value):
    def check(v):
        if isinstance(v, float):
            raise ValueError("non-integer number: use a full RFC 8785 implementation")
        if isinstance(v, dict):
            for item in v.values():
                check(item)
        if isinstance(v, list):
            for item in v:
                check(item)
    check(value)
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def sha256(text):
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def main(path, expected_heads=None):
    heads = {}      # streamId -> (revision, hash) of the last intact event
    last = {}       # streamId -> (revision, hash) of the last event in the file, for the heads digest
    broken = {}
    position = 0
    count = 0
    with open(path, encoding="utf-8") as export:
        for number, line in enumerate(export, 1):
            if not line.strip():
                continue
            e = json.loads(line)
            count += 1
            stream = e["streamId"]
            last[stream] = (e["streamRevision"], e["hash"])
            previous, position = position, max(position, e["globalPosition"])
            if stream in broken:
                continue
            head = heads.get(stream)
            o = {k: e[k] for k in ("prevHash", "streamId", "streamRevision", "eventId", "type", "schemaVersion", "data", "metadata")}
            if e["globalPosition"] <= previous:
                broken[stream] = (number, e, "global position does not increase")
            elif e["streamRevision"] != (head[0] + 1 if head else 0):
                broken[stream] = (number, e, "revision gap or reordering")
            elif e["prevHash"] != (head[1] if head else None):
                broken[stream] = (number, e, "prevHash is not the previous event's hash")
            elif sha256(jcs(o)) != e["hash"]:
                broken[stream] = (number, e, "hash does not match the event")
            else:
                heads[stream] = (e["streamRevision"], e["hash"])
    digest = sha256(jcs([{"streamId": s, "revision": r, "hash": h} for s, (r, h) in sorted(last.items())]))
    print(f"{count} events in {len(last)} streams, through position {position}")
    print(f"heads {digest}")
    for number, e, reason in broken.values():
        print(f"BROKEN line {number}: {e['streamId']} revision {e['streamRevision']} (position {e['globalPosition']}): {reason}")
    ok = not broken
    if expected_heads is not None and expected_heads != digest:
        print(f"heads differ from the recorded {expected_heads}")
        ok = False
    print("intact" if ok else "NOT INTACT")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:3]))
