// RFC 6962 Merkle tree hashing, by hand and with the snippet, and why
// leaves and nodes get different one-byte prefixes.
import { sha256 } from '@noble/hashes/sha2.js';
import {
  bytesToHex,
  concatBytes,
  utf8ToBytes,
} from '@noble/hashes/utils.js';
import {
  merkleLeafHash,
  merkleNodeHash,
  merkleTreeHash,
} from './auditing.ts';

const hex = (bytes: Uint8Array) => bytesToHex(bytes).slice(0, 16);
const leaves = ['entry 0', 'entry 1', 'entry 2', 'entry 3'].map((s) =>
  utf8ToBytes(s),
);

// leaf hash = SHA-256(0x00 || leaf), node = SHA-256(0x01 || l || r)
const [a, b, c, d] = leaves.map((leaf) => merkleLeafHash(leaf));
const byHand = merkleNodeHash(
  merkleNodeHash(a!, b!),
  merkleNodeHash(c!, d!),
);
console.log('root by hand:     ', hex(byHand));
console.log('merkleTreeHash:   ', hex(merkleTreeHash(leaves)));

// Five leaves: the left subtree takes 4 (the largest power of two
// below 5) and the fifth leaf hangs alone on the right.
const five = [...leaves, utf8ToBytes('entry 4')];
const right = merkleLeafHash(five[4]!);
const fiveByHand = merkleNodeHash(byHand, right);
console.log('five leaves:      ', hex(fiveByHand));
console.log('merkleTreeHash:   ', hex(merkleTreeHash(five)));

// The same tree without prefixes: leaf = H(x), node = H(l || r).
function unprefixedRoot(items: Uint8Array[]): Uint8Array {
  if (items.length === 1) return sha256(items[0]!);
  let k = 1;
  while (k * 2 < items.length) k *= 2;
  const l = unprefixedRoot(items.slice(0, k));
  const r = unprefixedRoot(items.slice(k));
  return sha256(concatBytes(l, r));
}

// A forger builds two "leaves" out of the inner hashes of the real
// tree. Without prefixes, the two-leaf tree has the same root as the
// four-leaf log: a different log that verifies against the same root.
const h = (x: Uint8Array) => sha256(x);
const fakeLeaves = [
  concatBytes(h(leaves[0]!), h(leaves[1]!)),
  concatBytes(h(leaves[2]!), h(leaves[3]!)),
];
console.log('\nwithout prefixes:');
console.log('  real log, 4 entries:', hex(unprefixedRoot(leaves)));
console.log('  forged, 2 entries:  ', hex(unprefixedRoot(fakeLeaves)));

// With RFC 6962's prefixes, a leaf hash can never equal a node hash,
// so the forged leaves give a different root.
const forged = [concatBytes(a!, b!), concatBytes(c!, d!)];
console.log('with prefixes:');
console.log('  real log, 4 entries:', hex(merkleTreeHash(leaves)));
console.log('  forged, 2 entries:  ', hex(merkleTreeHash(forged)));
