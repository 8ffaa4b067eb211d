import { assert } from 'chai';
import { bytesToHex, randomBytes } from '@noble/ciphers/utils.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { generateKey } from './encryption.ts';
import { createCustomerTable } from './exercise.ts';

const customers = [
  ['customer-1041', 'ana.souza@example.org'],
  ['customer-1042', 'ben.okafor@example.com'],
  ['customer-1043', 'chen.jing@example.net'],
] as const;

function makeTable(indexKey = generateKey()) {
  const table = createCustomerTable({
    dataKey: generateKey(),
    indexKey,
  });
  for (const [id, email] of customers) table.add(id, email);
  return table;
}

/** The ways an unkeyed hash of the email could have been written. */
function plainHashes(email: string): string[] {
  const spellings = [email, email.trim().toLowerCase()];
  return spellings.flatMap((text) => {
    const digest = sha256(new TextEncoder().encode(text));
    const hex = bytesToHex(digest);
    const base64 = btoa(String.fromCharCode(...digest));
    return [hex, base64];
  });
}

export const checks = {
  'finds the customer with that email, and no one else': () => {
    const table = makeTable();
    assert.deepEqual(table.findByEmail('ben.okafor@example.com'), [
      'customer-1042',
    ]);
    assert.deepEqual(table.findByEmail('nobody@example.com'), []);
  },

  'ignores case and spaces around the email': () => {
    const table = makeTable();
    assert.deepEqual(table.findByEmail('  Ana.Souza@Example.ORG '), [
      'customer-1041',
    ]);
  },

  'looks rows up by index instead of decrypting every row': () => {
    const table = makeTable();
    // A row that cannot be decrypted: a lookup that decrypts every
    // row throws here; one that uses the index never touches it.
    table.rows.push({
      id: 'customer-9999',
      email: randomBytes(60),
      emailIndex: 'no-such-index',
    });
    let found: string[] = [];
    try {
      found = table.findByEmail('chen.jing@example.net');
    } catch (error) {
      assert.fail(
        'findByEmail decrypted a row whose index does not match ' +
          `(${(error as Error).message})`,
      );
    }
    assert.deepEqual(found, ['customer-1043']);
  },

  'stores an index that is neither the email nor its SHA-256': () => {
    const table = makeTable();
    for (const row of table.rows) {
      const email = customers.find(([id]) => id === row.id)![1];
      assert.isString(row.emailIndex);
      assert.isNotEmpty(row.emailIndex, 'every row needs an index');
      assert.notInclude(
        row.emailIndex.toLowerCase(),
        email.split('@')[0]!,
        'the index must not contain the email',
      );
      for (const hash of plainHashes(email)) {
        assert.notInclude(
          hash,
          row.emailIndex,
          'anyone can compute SHA-256 of a guessed email: use HMAC',
        );
      }
    }
  },

  'gives another index under another index key': () => {
    const a = makeTable(generateKey()).rows[0]!.emailIndex;
    const b = makeTable(generateKey()).rows[0]!.emailIndex;
    assert.notEqual(a, b, 'the index must depend on the index key');
  },
};
