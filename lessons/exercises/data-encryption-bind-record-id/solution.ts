// A table of customers keeps each phone number encrypted, one
// envelope per row. Anyone who can write to the table could move
// an envelope from one row to another: Ana's number would then be
// read as Ben's, and the tag would not object, because nothing
// ties an envelope to its row.
//
// Change `sealPhone` and `openPhone` so that an envelope only
// opens under the record id it was sealed for.
import { decryptText, encrypt } from './encryption.ts';

// The associated data says where the value belongs: which record,
// and which field. The AEAD authenticates it with the ciphertext
// (RFC 5116 §2.1) without storing it, so `openPhone` must rebuild
// exactly the same bytes from the row it is reading. Read under
// another id, the tag no longer matches and decryption throws.
//
// JSON.stringify of an array encodes the pair one way only: with
// plain concatenation, ids "a:b" + "c" and "a" + "b:c" would give
// the same bytes.
function phoneContext(recordId: string): string {
  return JSON.stringify(['customers', recordId, 'phone']);
}

export function sealPhone(
  key: Uint8Array,
  recordId: string,
  phone: string,
): Uint8Array {
  return encrypt(key, phone, phoneContext(recordId));
}

export function openPhone(
  key: Uint8Array,
  recordId: string,
  envelope: Uint8Array,
): string {
  // Throws DecryptionError if the envelope was sealed for another
  // record, or changed in any way.
  return decryptText(key, envelope, phoneContext(recordId));
}
