// The packages that playground code may import, bundled into the runner at build time. To allow
// another, import it here and add it to `packages`; the resolver's error message lists these.
// Each one adds to the worker that every lesson page loads (the budget is in the README), so the
// list holds what the snippets and lessons use: no BLAKE, SHA-3 or legacy hashes.
import * as aes from '@noble/ciphers/aes.js';
import * as chacha from '@noble/ciphers/chacha.js';
import * as ff1 from '@noble/ciphers/ff1.js';
import * as cipherUtils from '@noble/ciphers/utils.js';
import * as argon2 from '@noble/hashes/argon2.js';
import * as hkdf from '@noble/hashes/hkdf.js';
import * as hmac from '@noble/hashes/hmac.js';
import * as pbkdf2 from '@noble/hashes/pbkdf2.js';
import * as scrypt from '@noble/hashes/scrypt.js';
import * as sha2 from '@noble/hashes/sha2.js';
import * as hashUtils from '@noble/hashes/utils.js';
import * as chai from 'chai';
import type { PackageMap } from './resolve.ts';

export const packages: PackageMap = {
  '@noble/ciphers/aes.js': aes,
  '@noble/ciphers/chacha.js': chacha,
  '@noble/ciphers/ff1.js': ff1,
  '@noble/ciphers/utils.js': cipherUtils,
  '@noble/hashes/argon2.js': argon2,
  '@noble/hashes/hkdf.js': hkdf,
  '@noble/hashes/hmac.js': hmac,
  '@noble/hashes/pbkdf2.js': pbkdf2,
  '@noble/hashes/scrypt.js': scrypt,
  '@noble/hashes/sha2.js': sha2,
  '@noble/hashes/utils.js': hashUtils,
  chai,
};
