// Bench: `verify` of a 100,000-entry audit log (goal from issue 3: under
// 1 s), with and without a checkpoint. Reference, measured in the same run:
// one SHA-256 pass over the same canonical bytes, concatenated, so the ratio
// shows what walking the chain costs beyond hashing its bytes once.
// Also, for information: `can` from snippets/rbac.ts.
import { sha256 } from '@noble/hashes/sha2.js';
import { concatBytes } from '@noble/hashes/utils.js';
import { createAuditLog, createCheckpoint, encodeEntry, verify } from '../../snippets/auditing.ts';
import { can, createPolicy } from '../../snippets/rbac.ts';
import { medianMs, type BenchRow } from '../lib.ts';

const SIZE = 100_000;
const GOAL_MS = 1000;
const CHECKS = 100_000;

export async function bench(): Promise<BenchRow[]> {
  const entries = buildLog(SIZE);
  const checkpointKey = new Uint8Array(32).fill(9);
  const checkpoint = createCheckpoint(entries, checkpointKey);
  const canonical = concatBytes(...entries.map(encodeEntry));
  const options = { samples: 5, warmup: 1 };

  const reference = {
    name: `one SHA-256 pass over ${mib(canonical.length)} MiB`,
    value: await medianMs(() => sha256(canonical), options),
  };
  const plain = await medianMs(() => assertOk(verify(entries)), options);
  const withCheckpoint = await medianMs(
    () => assertOk(verify(entries, { checkpoint, checkpointKey })),
    options,
  );

  return [
    {
      name: `verify, ${SIZE.toLocaleString('en')}-entry log`,
      value: plain,
      unit: 'ms',
      reference,
      goal: '< 1 s',
      met: plain < GOAL_MS,
    },
    {
      name: `verify with a signed checkpoint, ${SIZE / 1000}k entries`,
      value: withCheckpoint,
      unit: 'ms',
      reference,
      goal: '< 1 s',
      met: withCheckpoint < GOAL_MS,
    },
    await benchCan(),
  ];
}

function buildLog(size: number) {
  let now = Date.UTC(2024, 0, 1);
  const log = createAuditLog({
    logKey: new Uint8Array(32).fill(7),
    clock: () => new Date((now += 1000)),
  });
  for (let i = 0; i < size; i++) {
    log.append({
      actor: `staff-${i % 50}`,
      action: i % 3 ? 'read' : 'update',
      resource: 'patient',
      recordId: `P-${i % 5000}`,
      subjectId: `person-${i % 5000}`,
      purpose: 'treatment',
    });
  }
  return log.entries();
}

async function benchCan(): Promise<BenchRow> {
  const policy = createPolicy({
    roles: {
      receptionist: { permissions: ['read:appointment', 'read:patient.name'] },
      nurse: { permissions: ['read:patient.diagnosis'], inherits: ['receptionist'] },
      doctor: { permissions: ['read:patient'], inherits: ['nurse'] },
    },
  });
  const user = { roles: ['receptionist', 'doctor'] };
  const asked = ['read:patient.phone', 'update:chart', 'read:appointment'];

  const ms = await medianMs(() => {
    for (let i = 0; i < CHECKS; i++) can(policy, user, asked[i % 3]!);
  });
  return {
    name: `rbac can, ${CHECKS / 1000}k checks (information only)`,
    value: (CHECKS / ms) * 1000,
    unit: 'checks/s',
    goal: 'none set',
    met: true,
  };
}

function assertOk(result: ReturnType<typeof verify>) {
  if (!result.ok) throw new Error(`bench log failed to verify: ${result.message}`);
}

function mib(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1);
}
