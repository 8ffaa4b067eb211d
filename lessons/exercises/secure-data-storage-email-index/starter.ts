// A customer table that keeps each email encrypted. To find a
// customer by email, `findByEmail` decrypts every row: slow on a
// big table, and it puts every customer's email in memory for one
// lookup.
//
// Add a blind index: write `emailIndex`, store its result in each
// row, and make `findByEmail` look rows up by it.
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

/** The blind index of an email, as text. */
export function emailIndex(
  indexKey: Uint8Array,
  email: string,
): string {
  // The email itself: anyone who reads the table reads every
  // address, so the encryption of `email` is for nothing. Replace
  // it with a keyed hash (HMAC) of the normalized email.
  return email;
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
      return rows
        .filter(
          (row) =>
            decryptText(keys.dataKey, row.email, row.id) === email,
        )
        .map((row) => row.id);
    },
  };
}
