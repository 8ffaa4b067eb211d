// A customer table that keeps each email encrypted. To find a
// customer by email, `findByEmail` decrypts every row: slow on a
// big table, and it puts every customer's email in memory for one
// lookup.
//
// Add a blind index: write `emailIndex`, store its result in each
// row, and make `findByEmail` look rows up by it.
import { bytesToHex } from '@noble/ciphers/utils.js';
import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { decryptText, encrypt } from './encryption.ts';

export interface CustomerRow {
  id: string;
  email: Uint8Array; // an envelope
  emailIndex: string;
}

export interface TableKeys {
  dataKey: Uint8Array;
  indexKey: Uint8Array;
}

// 8 of HMAC-SHA-256's 32 bytes: exact enough that a lookup rarely
// meets a stranger, short enough not to pretend to be a unique id.
// Fewer bytes put more unrelated people in each bucket, so the
// stored index says less about who shares an email.
const INDEX_BYTES = 8;

/** The same address, however it was typed: "  Ana@X.org" is "ana@x.org". */
function normalizeEmail(email: string): string {
  return email.normalize('NFKC').trim().toLowerCase();
}

/** The blind index of an email, as text. */
export function emailIndex(
  indexKey: Uint8Array,
  email: string,
): string {
  // An HMAC, not a plain hash: SHA-256 of an email can be computed by
  // anyone with a list of emails, and compared with the table. The
  // HMAC needs the index key, which lives outside the database.
  // The label keeps this index apart from any other the same key
  // might compute; a separate key per table is better still.
  const message = `customers.email:${normalizeEmail(email)}`;
  const mac = hmac(sha256, indexKey, new TextEncoder().encode(message));
  return bytesToHex(mac.subarray(0, INDEX_BYTES));
}

export function createCustomerTable(keys: TableKeys) {
  const rows: CustomerRow[] = [];
  return {
    rows, // what is stored: the checks read it
    add(id: string, email: string): void {
      rows.push({
        id,
        email: encrypt(keys.dataKey, email, id),
        emailIndex: emailIndex(keys.indexKey, email),
      });
    },
    /** The ids of the customers with this email. */
    findByEmail(email: string): string[] {
      const wanted = emailIndex(keys.indexKey, email);
      const target = normalizeEmail(email);
      // Only the rows whose index matches are decrypted. A truncated
      // index can collide, so confirm each candidate with its value.
      return rows
        .filter((row) => row.emailIndex === wanted)
        .filter((row) => {
          const actual = decryptText(keys.dataKey, row.email, row.id);
          return normalizeEmail(actual) === target;
        })
        .map((row) => row.id);
    },
  };
}
