// One list of wrong inputs, tried against every public function of every snippet module.
// Each module's tests pick the groups that apply to an argument and call `expectArgumentError`.
import { expect } from 'vitest';

/** Values that are not strings at all. */
export const notStrings: readonly unknown[] = [null, undefined, 42, 0n, true, {}, [], () => 'x'];

/** Values that are not byte arrays (a key, a nonce, an envelope). */
export const notBytes: readonly unknown[] = [
  null,
  undefined,
  'a string',
  42,
  {},
  [1, 2, 3],
  new Uint16Array(16),
  new ArrayBuffer(32),
];

/** Values that are not plain objects (a record, a policy definition, a row). */
export const notObjects: readonly unknown[] = [null, undefined, 'text', 42, true];

/** Values that are not arrays. */
export const notArrays: readonly unknown[] = [null, undefined, 'text', 42, {}];

/** Keys of the wrong length for a 256-bit key. */
export const wrongLengthKeys: readonly Uint8Array[] = [
  new Uint8Array(0),
  new Uint8Array(16),
  new Uint8Array(31),
  new Uint8Array(33),
  new Uint8Array(64),
];

export const emptyString = '';

/** 10 MiB and one character: larger than any snippet accepts as a single value. */
export const hugeString = 'a'.repeat(10 * 1024 * 1024 + 1);

/** Numbers that are not finite, not integers, or negative. */
export const badNumbers: readonly unknown[] = [Number.NaN, Infinity, -1, 1.5, '3', null];

type ErrorClass = new (...args: never[]) => Error;

/**
 * Asserts that `call` throws an instance of `errorClass` whose message names `argument`.
 * Tests state the class, because TypeError (wrong type) and RangeError (wrong size or range)
 * tell a caller different things.
 */
export function expectArgumentError(call: () => unknown, errorClass: ErrorClass, argument: string) {
  let thrown: unknown;
  try {
    call();
  } catch (error) {
    thrown = error;
  }
  expect(thrown, `expected a ${errorClass.name} naming "${argument}"`).toBeInstanceOf(errorClass);
  expect((thrown as Error).message).toContain(argument);
}

/** The async twin of `expectArgumentError`, for functions that return a promise. */
export async function expectArgumentRejection(
  call: () => Promise<unknown>,
  errorClass: ErrorClass,
  argument: string,
) {
  let thrown: unknown;
  try {
    await call();
  } catch (error) {
    thrown = error;
  }
  expect(thrown, `expected a ${errorClass.name} naming "${argument}"`).toBeInstanceOf(errorClass);
  expect((thrown as Error).message).toContain(argument);
}

/** Describes a value the way error messages do, so tests can assert the "what came" part. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (value instanceof Uint8Array) return `Uint8Array of length ${value.length}`;
  if (Array.isArray(value)) return 'array';
  return typeof value;
}
