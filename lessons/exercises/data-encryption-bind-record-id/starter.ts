// A table of customers keeps each phone number encrypted, one
// envelope per row. Anyone who can write to the table could move
// an envelope from one row to another: Ana's number would then be
// read as Ben's, and the tag would not object, because nothing
// ties an envelope to its row.
//
// Change `sealPhone` and `openPhone` so that an envelope only
// opens under the record id it was sealed for.
import { decryptText, encrypt } from './encryption.ts';

export function sealPhone(
  key: Uint8Array,
  recordId: string,
  phone: string,
): Uint8Array {
  // The record id is not used yet.
  return encrypt(key, phone);
}

export function openPhone(
  key: Uint8Array,
  recordId: string,
  envelope: Uint8Array,
): string {
  return decryptText(key, envelope);
}
