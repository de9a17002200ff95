/**
 * Test vectors for the Merkle tree (RFC 6962 §2.1, RFC 9162 §2.1), checkpoints (C2SP tlog-checkpoint) and
 * signed notes (C2SP signed-note, Ed25519). They were computed for Pacta with an implementation independent of
 * this library, from the definitions in those documents; they are plain data, given under the project's terms.
 *
 * Five leaves: leaf i is the RFC 8785 canonical JSON of {"hash": sha256hex("event-i"), "index": i,
 * "position": i+1, "streamId": "agreement-example", "streamRevision": i}.
 */
export const VECTORS = {
  leaf0: '{"hash":"23352a67ac7ffc4b5d98023dc1a54ee507d4bf95dc1c4154045c5e2bbde73317","index":0,"position":1,"streamId":"agreement-example","streamRevision":0}',
  leaf0Hash: '4a6a1da10e328b43925fe0ec5175a63eac1653ef98c8e4798c5fb85695d0643e',
  roots: [
    'SmodoQ4yi0OSX+DsUXWmPqwWU++YyOR5jF+4VpXQZD4=',
    'lM1SwW0pwEwbeWP6I/a40opJVPhOX3rQjgub0hYnCcI=',
    'xsIj9c0qp4j82Vs+aGtrfzJHc4ICLyCfEgDe7lvrkaQ=',
    'j0UIcZaZQiLnvnlOoZktpTsbJDa5Y3weqeP4RAh8deQ=',
    'm7ydT1qgp4EdVkQ0EGMr2/V3FBQ7IxesP8iLwyIknQw=',
  ],
  inclusionLeaf2Size5: [
    'wysewb6oXBJobEsg0BA8QBFKnGQrF/KdbOlsKG8diiM=',
    'lM1SwW0pwEwbeWP6I/a40opJVPhOX3rQjgub0hYnCcI=',
    'Ai/1Cukgr8y8rQ+7epTclrMmUkdr1IOgsInkKFowaxY=',
  ],
  consistency3To5: [
    'eKLSP6smuZURL8Jv+oo1ER/arMloXP/9FQjyoq5WUF0=',
    'wysewb6oXBJobEsg0BA8QBFKnGQrF/KdbOlsKG8diiM=',
    'lM1SwW0pwEwbeWP6I/a40opJVPhOX3rQjgub0hYnCcI=',
    'Ai/1Cukgr8y8rQ+7epTclrMmUkdr1IOgsInkKFowaxY=',
  ],
  seed: '85c8f84fdce4ffab540d3d13dfdd565894f7513896b6ccb2aab003f085784df7',
  keyName: 'pacta.example',
  verifierKey: 'pacta.example+f8556d51+AR4Yf7OqOSMzVQbbYPm2rT/01tLl+qXOigVUL949J0I3',
  origin: 'pacta.example/log',
  signedCheckpoint:
    'pacta.example/log\n5\nm7ydT1qgp4EdVkQ0EGMr2/V3FBQ7IxesP8iLwyIknQw=\n\n' +
    '\u2014 pacta.example +FVtUYUue2CUoyKzwCoJaXiXs6ZS4uSbmTkrtJG3yC0rJVJjY7ILHBrQFHenmFQCHbh9wkagdA91EJmwym+xStSQSQ4=\n',
};
