// Lesson 9's interactive picture: a hash-chained audit log whose actions the reader can edit.
// Each entry's hash is recomputed here with the snippet's own encodeEntry (audit-entry.ts, which
// carries none of auditing.ts's checks and so keeps this island small) and SHA-256, as an
// admin who edits the stored log and knows its format would; each link then checks that an
// entry's prevHash is the hash of the entry before it. The verdicts are words (✓, ✗ and a
// sentence); colour only repeats them. A status line, read out politely, says what broke.
import { useState } from 'react';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { encodeEntry, type AuditEntry } from '../../../../snippets/audit-entry.ts';

interface Props {
  /** The log as createAuditLog wrote it. */
  entries: readonly AuditEntry[];
  /** The head hash and size of a checkpoint signed over these entries. */
  checkpoint: { size: number; head: string };
}

interface Row extends AuditEntry {
  /** The hash differs from the one the log was written with. */
  changed: boolean;
  /** prevHash is the (recomputed) hash of the entry before; true for the first entry. */
  linked: boolean;
}

const short = (hash: string) => `${hash.slice(0, 8)}…`;

function computeChain(entries: readonly AuditEntry[], actions: string[], rechain: boolean) {
  const rows: Row[] = [];
  entries.forEach((original, i) => {
    const before = rows[i - 1];
    const prevHash = rechain && before ? before.hash : original.prevHash;
    const fields = { ...original, action: actions[i] ?? original.action, prevHash };
    const hash = bytesToHex(sha256(encodeEntry(fields)));
    const linked = before === undefined || prevHash === before.hash;
    rows.push({ ...fields, hash, changed: hash !== original.hash, linked });
  });
  return rows;
}

function describe(rows: Row[], headMatches: boolean): string {
  const broken = rows.filter((row) => !row.linked).map((row) => row.seq);
  if (broken.length > 0) {
    const links = broken.map((seq) => `entry ${seq - 1} to entry ${seq}`).join(', ');
    return `Broken: the link from ${links}.`;
  }
  if (!headMatches) return 'Every link holds, but the last hash no longer matches the checkpoint.';
  return 'Every link holds, and the last hash matches the checkpoint.';
}

export default function HashChainView({ entries, checkpoint }: Props) {
  const original = entries.map((entry) => entry.action);
  const [actions, setActions] = useState(original);
  const [rechain, setRechain] = useState(false);

  const rows = computeChain(entries, actions, rechain);
  const head = rows[checkpoint.size - 1]?.hash;
  const headMatches = head === checkpoint.head;
  const edit = (i: number, value: string) =>
    setActions((current) => current.map((action, j) => (j === i ? value : action)));

  return (
    <div className="pdl-chain-view">
      <ol className="pdl-chain-list">
        {rows.map((row, i) => (
          <li key={row.seq}>
            {i > 0 && (
              <p className={row.linked ? 'pdl-chain-link' : 'pdl-chain-link pdl-chain-broken'}>
                <span aria-hidden="true">↑ </span>
                {row.linked
                  ? `✓ link holds: entry ${i}'s prevHash = hash of entry ${i - 1}`
                  : `✗ link broken: entry ${i}'s prevHash ≠ hash of entry ${i - 1}`}
              </p>
            )}
            <div className={row.changed ? 'pdl-chain-entry pdl-chain-changed' : 'pdl-chain-entry'}>
              <span className="pdl-chain-seq">Entry {row.seq}</span>
              <span>
                actor <code>{row.actor}</code>
              </span>
              <label>
                action<span className="pdl-visually-hidden"> of entry {row.seq}</span>{' '}
                <input
                  value={actions[i]}
                  onChange={(event) => edit(i, event.target.value)}
                  spellCheck={false}
                  autoComplete="off"
                  size={8}
                />
              </label>
              <span>
                purpose <code>{row.purpose}</code>
              </span>
              <span className="pdl-chain-hashes">
                <span>
                  prevHash <code>{short(row.prevHash)}</code>
                </span>
                <span>
                  hash <code>{short(row.hash)}</code>
                  {row.changed && ' (recomputed: the entry changed)'}
                </span>
              </span>
            </div>
          </li>
        ))}
      </ol>
      <p className={headMatches ? 'pdl-chain-link' : 'pdl-chain-link pdl-chain-broken'}>
        {headMatches ? '✓' : '✗'} Checkpoint signed earlier: size {checkpoint.size}, head{' '}
        <code>{short(checkpoint.head)}</code>;{' '}
        {headMatches ? (
          `entry ${checkpoint.size - 1} still hashes to it.`
        ) : (
          <>
            entry {checkpoint.size - 1} now hashes to <code>{head ? short(head) : 'nothing'}</code>
          </>
        )}
      </p>
      <div className="pdl-chain-controls">
        <label>
          <input
            type="checkbox"
            checked={rechain}
            onChange={(event) => setRechain(event.target.checked)}
          />{' '}
          Also rewrite every later prevHash and hash, as an admin who knows the format would
        </label>
        <button
          type="button"
          onClick={() => {
            setActions(original);
            setRechain(false);
          }}
        >
          Reset the log
        </button>
      </div>
      <p className="pdl-chain-status" role="status" aria-live="polite">
        {describe(rows, headMatches)}
      </p>
    </div>
  );
}
