// The mistake: encrypt the whole database under one key, and keep
// the key where the restore script can find it: in the backup.
import { decryptText, encrypt, generateKey } from './encryption.ts';
import { bytesToHex, hexToBytes } from '@noble/ciphers/utils.js';

const customers = [
  { id: 'customer-1041', name: 'Ana Souza', phone: '+31 6 1234 5678' },
  { id: 'customer-1042', name: 'Ben Okafor', phone: '+44 7700 900123' },
  {
    id: 'customer-1043',
    name: 'Chen Jing',
    phone: '+86 138 0013 8000',
  },
];

// Nightly job: the encryption itself is sound...
const key = generateKey();
const backup = {
  createdAt: '2024-06-01T02:00:00Z',
  key: bytesToHex(key), // ...but "so we can restore it", the key
  data: bytesToHex(encrypt(key, JSON.stringify(customers))),
};
const file = JSON.stringify(backup);
console.log(`backup file, ${file.length} characters:`);
console.log(file.slice(0, 110) + '…');

// Anyone who copies the file (a bucket left public, a stolen
// laptop, a departing admin) needs nothing else.
const stolen = JSON.parse(file);
const everything = decryptText(
  hexToBytes(stolen.key),
  hexToBytes(stolen.data),
);
console.log('decrypted by whoever holds the file:');
for (const person of JSON.parse(everything)) console.log(' ', person);

// And one key for everything means no record can be shredded
// alone, and rotating the key re-encrypts the whole database.
