import { describe, expect, test } from 'vitest';
import { CompileError, compileModule } from '../../../src/runner/compile.ts';
import { evaluateModules } from '../../../src/runner/execute.ts';
import { formatArgs, formatValue } from '../../../src/runner/format.ts';
import { packages } from '../../../src/runner/packages.ts';
import { describePackages, resolveSpecifier } from '../../../src/runner/resolve.ts';
import {
  OUTPUT_LINE_CAP,
  runChecks,
  runPlayground,
  type Level,
} from '../../../src/runner/session.ts';

async function run(files: Record<string, string>, entry = '/main.ts') {
  const lines: [Level, string][] = [];
  const outcome = await runPlayground({
    files,
    entry,
    packages,
    emit: (level, text) => lines.push([level, text]),
  });
  return { outcome, lines };
}

describe('compileModule', () => {
  test('strips types and keeps every line where it was', () => {
    const { code } = compileModule('/main.ts', 'const a: number = 1;\n\nconst b = a as number;\n');
    expect(code.split('\n')[2]).toContain('const b = a');
    expect(code).not.toContain(': number');
  });

  test('lists what the file imports, each once', () => {
    const source =
      "import { a } from './a';\nimport { b } from './a';\nexport * from 'chai';\na + b;\n";
    expect(compileModule('/main.ts', source).specifiers).toEqual(['./a', 'chai']);
  });

  test('reports a syntax error with its file and line', () => {
    let error: unknown;
    try {
      compileModule('/main.ts', 'const a = 1;\nconst = 2;\n');
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(CompileError);
    expect(error).toMatchObject({ path: '/main.ts', line: 2 });
    expect((error as Error).message).toMatch(/^\/main\.ts:2: /);
  });
});

describe('resolveSpecifier', () => {
  const files = new Set(['/main.ts', '/lib/util.ts', '/masking.ts']);

  test('finds a relative file with or without its extension', () => {
    expect(resolveSpecifier('./masking', '/main.ts', files, packages)).toEqual({
      kind: 'file',
      path: '/masking.ts',
    });
    expect(resolveSpecifier('./masking.ts', '/main.ts', files, packages)).toEqual({
      kind: 'file',
      path: '/masking.ts',
    });
    expect(resolveSpecifier('../main', '/lib/util.ts', files, packages)).toEqual({
      kind: 'file',
      path: '/main.ts',
    });
  });

  test('finds an allowlisted package by its exact name', () => {
    expect(resolveSpecifier('@noble/hashes/sha2.js', '/main.ts', files, packages)).toEqual({
      kind: 'package',
      name: '@noble/hashes/sha2.js',
    });
  });

  test('refuses any other package, naming it and the allowed ones', () => {
    expect(() => resolveSpecifier('lodash', '/main.ts', files, packages)).toThrow(
      /Cannot import "lodash" from \/main\.ts: .*@noble\/ciphers\/\* \(aes\.js, .*@noble\/hashes\/\*/,
    );
  });

  test('refuses a URL, which would otherwise reach the network', () => {
    expect(() => resolveSpecifier('https://example.com/x.js', '/main.ts', files, packages)).toThrow(
      /Cannot import "https:\/\/example\.com\/x\.js"/,
    );
  });

  test('names the files it has when a relative import is missing', () => {
    expect(() => resolveSpecifier('./nope', '/main.ts', files, packages)).toThrow(
      'Cannot find "./nope" imported from /main.ts: this playground has main.ts, lib/util.ts, masking.ts.',
    );
  });
});

describe('describePackages', () => {
  test('folds subpaths under their package', () => {
    expect(describePackages({ 'a/x.js': 1, 'a/y.js': 1, b: 1 })).toBe('a/* (x.js, y.js); b');
  });
});

describe('evaluateModules', () => {
  test('links relative imports and returns the entry exports', async () => {
    const exports = await evaluateModules(
      {
        '/main.ts': "import { twice } from './math';\nexport const answer: number = twice(21);\n",
        '/math.ts': 'export const twice = (n: number) => n * 2;\n',
      },
      '/main.ts',
      packages,
    );
    expect(exports.answer).toBe(42);
  });

  test('supports top-level await in any module', async () => {
    const exports = await evaluateModules(
      {
        '/main.ts': "import { value } from './slow.ts';\nexport const seen = value;\n",
        '/slow.ts': 'export const value = await new Promise((r) => setTimeout(() => r(7), 5));\n',
      },
      '/main.ts',
      packages,
    );
    expect(exports.seen).toBe(7);
  });

  test('gives bundled packages to imports, default imports included', async () => {
    const exports = await evaluateModules(
      {
        '/main.ts': [
          "import { sha256 } from '@noble/hashes/sha2.js';",
          "import { bytesToHex } from '@noble/hashes/utils.js';",
          "import * as chai from 'chai';",
          "import { assert } from 'chai';",
          "export const digest = bytesToHex(sha256(new TextEncoder().encode('abc')));",
          'export const same = chai.assert === assert;',
        ].join('\n'),
      },
      '/main.ts',
      packages,
    );
    // FIPS 180-2, Appendix B.1: SHA-256("abc").
    expect(exports.digest).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(exports.same).toBe(true);
  });
});

describe('runPlayground', () => {
  test('captures console output in order, with its level', async () => {
    const { outcome, lines } = await run({
      '/main.ts':
        "console.log('a', 1);\nconsole.warn({ b: [2] });\nconsole.error('c');\nconsole.info('d');\n",
    });
    expect(outcome).toEqual({ status: 'ok' });
    expect(lines).toEqual([
      ['log', 'a 1'],
      ['warn', '{ b: [ 2 ] }'],
      ['error', 'c'],
      ['info', 'd'],
    ]);
  });

  test('waits for timers before the run is over', async () => {
    const { lines } = await run({
      '/main.ts': "setTimeout(() => console.log('later'), 10);\nconsole.log('now');\n",
    });
    expect(lines.map(([, text]) => text)).toEqual(['now', 'later']);
  });

  test('reports a thrown error with its file and line', async () => {
    const { outcome } = await run({
      '/main.ts': "import { fail } from './lib';\n\nfail();\n",
      '/lib.ts': "export function fail() {\n  throw new RangeError('too big');\n}\n",
    });
    expect(outcome).toEqual({
      status: 'error',
      error: { name: 'RangeError', message: 'too big', path: '/lib.ts', line: 2 },
    });
  });

  test('reports a syntax error with its file and line', async () => {
    const { outcome } = await run({ '/main.ts': 'const ok = 1;\nlet = ;\n' });
    expect(outcome).toMatchObject({ status: 'error', error: { path: '/main.ts', line: 2 } });
  });

  test('reports an unknown import where it is imported', async () => {
    const { outcome } = await run({ '/main.ts': "// comment\nimport x from 'left-pad';\nx;\n" });
    expect(outcome).toMatchObject({
      status: 'error',
      error: { message: expect.stringContaining('Cannot import "left-pad"'), line: 2 },
    });
  });

  test('makes import() of anything outside the allowlist fail', async () => {
    const { lines } = await run({
      '/main.ts':
        "try { await import('https://example.com/x.js'); } catch (e) { console.log((e as Error).message.slice(0, 40)); }\n",
    });
    expect(lines).toEqual([['log', 'Cannot import "https://example.com/x.js"']]);
  });

  test(`cuts output after ${OUTPUT_LINE_CAP} lines and says so`, async () => {
    const { lines } = await run({ '/main.ts': 'for (let i = 0; i < 5000; i++) console.log(i);\n' });
    expect(lines).toHaveLength(OUTPUT_LINE_CAP + 1);
    expect(lines.at(-2)).toEqual(['log', String(OUTPUT_LINE_CAP - 1)]);
    expect(lines.at(-1)?.[1]).toMatch(/^Output cut after 1,000 lines/);
  });

  test('leaves the real console as it was', async () => {
    const log = console.log;
    await run({ '/main.ts': "console.log('x');\n" });
    expect(console.log).toBe(log);
  });
});

describe('runChecks', () => {
  const files = {
    '/exercise.ts': 'export const add = (a: number, b: number) => a - b;\n',
    '/checks.ts': [
      "import { assert } from 'chai';",
      "import { add } from './exercise.ts';",
      'export const checks = {',
      "  'adds zero': () => assert.equal(add(1, 0), 1),",
      "  'adds two numbers': () => assert.equal(add(1, 2), 3),",
      '};',
    ].join('\n'),
  };

  test('lists each check as passed or failed with its message', async () => {
    const results = await runChecks({ files, entry: '/checks.ts', packages, emit: () => {} });
    expect(results).toEqual([
      { name: 'adds zero', passed: true },
      { name: 'adds two numbers', passed: false, message: 'expected -1 to equal 3 (checks.ts:5)' },
    ]);
  });
});

describe('formatValue', () => {
  test('renders bytes in hex with their length', () => {
    expect(formatValue(new Uint8Array([0, 15, 255]))).toBe('Uint8Array(3) [00 0f ff]');
  });

  test('renders nested objects, maps and sets readably', () => {
    expect(formatValue({ a: 'x', 'b-c': [1, 2n], m: new Map([['k', new Set([1])]]) })).toBe(
      "{ a: 'x', 'b-c': [ 1, 2n ], m: Map(1) { 'k' => Set(1) { 1 } } }",
    );
  });

  test('breaks long values over lines', () => {
    const text = formatValue({ first: 'a'.repeat(40), second: 'b'.repeat(40) });
    expect(text).toBe(`{\n  first: '${'a'.repeat(40)}',\n  second: '${'b'.repeat(40)}'\n}`);
  });

  test('indents nested values one level per level of nesting', () => {
    const rows = [
      { name: 'Ana Souza', email: 'ana.souza@example.org', city: 'Amsterdam' },
      { name: 'Ben Okafor', email: 'ben.okafor@example.org', city: 'Lagos' },
    ];
    expect(formatValue({ rows })).toBe(
      [
        '{',
        '  rows: [',
        "    { name: 'Ana Souza', email: 'ana.souza@example.org', city: 'Amsterdam' },",
        "    { name: 'Ben Okafor', email: 'ben.okafor@example.org', city: 'Lagos' }",
        '  ]',
        '}',
      ].join('\n'),
    );
  });

  test('marks cycles instead of recursing', () => {
    const loop: Record<string, unknown> = {};
    loop.self = loop;
    expect(formatValue(loop)).toBe('{ self: [Circular] }');
  });

  test('prints top-level strings raw and nested ones quoted', () => {
    expect(formatArgs(['it', ["it's"]])).toBe("it [ 'it\\'s' ]");
  });
});
