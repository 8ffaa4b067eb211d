// Mask values for display; redact free text before sharing it.
import {
  maskCardNumber,
  maskEmail,
  maskPhone,
  redact,
} from './masking.ts';

console.log(maskEmail('ann.lee@example.com'));
console.log(maskPhone('+44 20 7946 0958'));
console.log(maskPhone('+44 20 7946 0958', { keep: 4 }));
console.log(maskCardNumber('4111 1111 1111 1111'));

const ticket =
  'Ann (ann@example.com) paid with 4111 1111 1111 1111 from 192.0.2.1.';
console.log(redact(ticket));
console.log(redact(ticket, { kinds: ['credit_card'] }));
