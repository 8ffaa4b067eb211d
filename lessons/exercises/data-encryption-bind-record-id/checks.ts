import { assert } from 'chai';
import {
  DecryptionError,
  generateKey,
  getEnvelopeOverhead,
} from './encryption.ts';
import { openPhone, sealPhone } from './exercise.ts';

const key = generateKey();
const ana = { id: 'customer-1041', phone: '+31 6 1234 5678' };
const ben = { id: 'customer-1042', phone: '+44 7700 900123' };

export const checks = {
  'opens a phone number under the id it was sealed for': () => {
    const envelope = sealPhone(key, ana.id, ana.phone);
    assert.equal(openPhone(key, ana.id, envelope), ana.phone);
  },

  "refuses Ana's envelope read as Ben's record": () => {
    const envelope = sealPhone(key, ana.id, ana.phone);
    assert.throws(
      () => openPhone(key, ben.id, envelope),
      DecryptionError,
    );
  },

  'detects two envelopes swapped between rows': () => {
    const table = new Map([
      [ana.id, sealPhone(key, ana.id, ana.phone)],
      [ben.id, sealPhone(key, ben.id, ben.phone)],
    ]);
    const swapped = new Map([
      [ana.id, table.get(ben.id)!],
      [ben.id, table.get(ana.id)!],
    ]);
    for (const [id, envelope] of swapped) {
      assert.throws(
        () => openPhone(key, id, envelope),
        DecryptionError,
        undefined,
        `row ${id} holds the other customer's envelope`,
      );
    }
  },

  'keeps the id out of the envelope: it is associated, not stored':
    () => {
      const envelope = sealPhone(key, ana.id, ana.phone);
      const plaintextBytes = new TextEncoder().encode(ana.phone).length;
      assert.equal(
        envelope.length,
        plaintextBytes + getEnvelopeOverhead(),
        'the envelope is the phone number plus version, nonce and tag',
      );
    },
};
