// The learner's edits and progress, kept in this browser's local storage only.
const PREFIX = 'pdl:v1:';

export function loadJson<T>(key: string): T | undefined {
  try {
    const raw = localStorage.getItem(PREFIX + key);
    return raw === null ? undefined : (JSON.parse(raw) as T);
  } catch {
    return undefined; // Storage disabled or a value from another version: start afresh.
  }
}

export function saveJson(key: string, value: unknown): void {
  try {
    if (value === undefined) localStorage.removeItem(PREFIX + key);
    else localStorage.setItem(PREFIX + key, JSON.stringify(value));
  } catch {
    // Storage full or disabled: edits last until the page is closed.
  }
}
