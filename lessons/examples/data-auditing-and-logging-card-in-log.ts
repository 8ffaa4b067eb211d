// The naive mistake: a checkout handler that logs every request body
// "to help debugging". Run it, and read what the log file now holds.
import { findPersonalData } from './classification.ts';

const logFile: string[] = [];
function log(line: string) {
  logFile.push(`${new Date().toISOString()} ${line}`);
}

interface Request {
  method: string;
  path: string;
  body: unknown;
}

function handleCheckout(req: Request) {
  log(`${req.method} ${req.path} ${JSON.stringify(req.body)}`);
  // ... charge the card, create the order ...
  return { status: 201, orderId: 'order-7731' };
}

handleCheckout({
  method: 'POST',
  path: '/checkout',
  body: {
    customer: {
      name: 'Ana Souza',
      email: 'ana.souza@example.com',
      phone: '+351 912 345 678',
    },
    // 4111 1111 1111 1111 is a test card number: it passes Luhn.
    card: {
      number: '4111 1111 1111 1111',
      expiry: '09/27',
      cvc: '123',
    },
    items: [{ sku: 'TEA-42', quantity: 2 }],
  },
});

console.log('The log file:');
for (const line of logFile) console.log(line);

// What a review of the log file finds, with lesson 2's scanner.
console.log('\nPersonal data in the log:');
const text = logFile.join('\n');
for (const finding of findPersonalData(text)) {
  console.log(`  LEAK ${finding.kind.padEnd(11)} ${finding.text}`);
}

// The scanner knows patterns. It does not know that these are
// personal data too, or that the CVC may never be stored at all.
for (const field of ['"name":"Ana Souza"', '"cvc":"123"']) {
  if (text.includes(field)) console.log(`  not flagged: ${field}`);
}
