// Renders console arguments as text, the way a learner expects to read them: strings as they
// are, objects as `{ key: value }`, byte arrays in hex. Runs in the worker, so the output panel
// receives plain strings and never evaluates anything.

const MAX_DEPTH = 4;
const MAX_ITEMS = 100;
const MAX_BYTES = 64;
const LINE_WIDTH = 72;

/** Formats console arguments: strings at the top level print raw, everything else formatted. */
export function formatArgs(args: readonly unknown[]): string {
  return args.map((arg) => (typeof arg === 'string' ? arg : formatValue(arg))).join(' ');
}

/** Formats one value, nested values included. */
export function formatValue(value: unknown, depth = 0, seen = new Set<object>()): string {
  if (typeof value === 'string') return quote(value);
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'symbol') return value.toString();
  if (typeof value === 'function') return `[Function ${value.name || '(anonymous)'}]`;
  if (value === null || typeof value !== 'object') return String(value);
  if (seen.has(value)) return '[Circular]';
  if (value instanceof Error) return `${value.name}: ${value.message}`;
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString();
  if (value instanceof RegExp) return value.toString();
  if (value instanceof Uint8Array) return formatBytes(value);
  if (depth >= MAX_DEPTH) return Array.isArray(value) ? '[Array]' : '[Object]';

  seen.add(value);
  try {
    return formatContainer(value, depth, seen);
  } finally {
    seen.delete(value);
  }
}

function formatContainer(value: object, depth: number, seen: Set<object>): string {
  const nested = (item: unknown) => formatValue(item, depth + 1, seen);
  if (value instanceof Map) {
    const items = [...value].map(([key, item]) => `${nested(key)} => ${nested(item)}`);
    return wrap(`Map(${value.size}) {`, items, '}', value.size);
  }
  if (value instanceof Set) {
    return wrap(`Set(${value.size}) {`, [...value].map(nested), '}', value.size);
  }
  if (Array.isArray(value) || ArrayBuffer.isView(value)) {
    const list = Array.from(value as ArrayLike<unknown>);
    const prefix = Array.isArray(value) ? '[' : `${value.constructor.name}(${list.length}) [`;
    return wrap(prefix, list.slice(0, MAX_ITEMS).map(nested), ']', list.length);
  }
  const entries = Object.entries(value);
  const items = entries
    .slice(0, MAX_ITEMS)
    .map(([key, item]) => `${formatKey(key)}: ${nested(item)}`);
  const name =
    value.constructor && value.constructor !== Object ? `${value.constructor.name} ` : '';
  if (items.length === 0) return `${name}{}`;
  return wrap(`${name}{`, items, '}', entries.length);
}

/**
 * Puts items on one line when they fit, else one per line. Each level indents its own items by
 * two spaces, nested values included, so depth needs no bookkeeping here.
 */
function wrap(open: string, items: string[], close: string, total: number): string {
  if (total > items.length) items = [...items, `… ${total - items.length} more`];
  if (items.length === 0) return `${open}${close}`;
  const flat = `${open} ${items.join(', ')} ${close}`;
  if (flat.length <= LINE_WIDTH && !flat.includes('\n')) return flat;
  const body = items.map((item) => '  ' + item.replaceAll('\n', '\n  ')).join(',\n');
  return `${open}\n${body}\n${close}`;
}

function formatBytes(bytes: Uint8Array): string {
  const shown = Array.from(bytes.subarray(0, MAX_BYTES), (byte) =>
    byte.toString(16).padStart(2, '0'),
  );
  const more = bytes.length > MAX_BYTES ? ` … ${bytes.length - MAX_BYTES} more bytes` : '';
  return `${bytes.constructor.name}(${bytes.length}) [${shown.join(' ')}${more}]`;
}

function formatKey(key: string): string {
  return /^[a-z_$][\w$]*$/i.test(key) ? key : quote(key);
}

function quote(text: string): string {
  return `'${text.replaceAll('\\', '\\\\').replaceAll("'", "\\'").replaceAll('\n', '\\n')}'`;
}
