// A call centre exports complaints for analysis and "anonymizes"
// the caller's phone number with SHA-256: no key, no salt.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

const hash = (text: string) => bytesToHex(sha256(utf8ToBytes(text)));

const exported = {
  caller: hash('+31205550182'),
  complaint: 'charged twice for March',
};
console.log('Exported row:', exported);

// The attacker knows the centre serves one Amsterdam block of
// numbers, +31 20 55x xxxx: 100,000 candidates. SHA-256 is public,
// so they hash every candidate and compare.
function search(target: string) {
  for (let n = 0; n < 100_000; n++) {
    const candidate = '+312055' + String(n).padStart(5, '0');
    if (hash(candidate) === target) {
      return { candidate, guesses: n + 1 };
    }
  }
  return { candidate: undefined, guesses: 100_000 };
}

const start = performance.now();
const { candidate, guesses } = search(exported.caller);
const ms = performance.now() - start;
console.log('Recovered phone number:', candidate);
console.log(
  `${guesses.toLocaleString('en')} guesses in ${ms.toFixed(0)} ms,` +
    ` ${(guesses / ms).toFixed(0)} guesses per ms`,
);

// At this speed, every Dutch mobile number (+31 6, then 8 digits:
// 100 million) falls in minutes, in one browser tab.
const minutes = 100_000_000 / (guesses / ms) / 60_000;
console.log(`All Dutch mobile numbers: ~${minutes.toFixed(0)} min`);
