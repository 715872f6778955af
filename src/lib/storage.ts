// Versioned local storage that never loses a reader's data.
//  - Stored as an envelope {v, data}; older versions are migrated step by step (v1 -> v2 -> ...).
//  - Data that cannot be read (not JSON, not an envelope, a newer version, or failing validation)
//    is copied aside under another key and reported, so the page can offer it for download. Nothing
//    ever replaces it before that copy has succeeded: when it cannot be made (a full origin), the store
//    is `locked` (read-only) until the reader has saved the original and lets it go (`unlock`).
//  - Writes never overwrite another tab's work: `update` re-reads what is stored, merges it with this
//    tab's data (schema.merge), then applies the change; `absorb` merges another tab's write (the
//    `storage` event) and writes back whatever this tab has that the other lacked.
//  - Every access to storage is guarded; when storage is unavailable (private mode, quota, blocked)
//    the store keeps the data in memory for the visit and says so (`persistent: false`).
// The decoding is pure (decodeEnvelope); the Store wraps a Storage-like object.

export interface Envelope<T> { v: number; data: T }

export interface Schema<T> {
  key: string;
  version: number;
  /** migrations[n] turns version-n data into version n+1 data; it may throw on bad input. */
  migrations: Record<number, (data: unknown) => unknown>;
  /** Returns the data if it has the current shape, else a reason (in Chinese) why not. */
  validate: (data: unknown) => { ok: true; data: T } | { ok: false; reason: string };
  empty: () => T;
  /** Both sides' data with the newer of each part; without it, this tab's data wins. */
  merge?: (stored: T, mine: T) => T;
}

export type Decoded<T> =
  | { kind: 'empty'; data: T }
  | { kind: 'ok'; data: T; migratedFrom?: number }
  | { kind: 'unreadable'; data: T; reason: string };

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** Raw text (or null when nothing is stored) -> current data, migrating older versions. Pure. */
export function decodeEnvelope<T>(raw: string | null, schema: Schema<T>): Decoded<T> {
  if (raw === null || raw === '') return { kind: 'empty', data: schema.empty() };
  const bad = (reason: string): Decoded<T> => ({ kind: 'unreadable', data: schema.empty(), reason });
  let parsed: unknown;
  try { parsed = JSON.parse(raw); } catch { return bad('内容不是有效的 JSON。'); }
  if (!isRecord(parsed) || !('v' in parsed) || !('data' in parsed)) return bad('内容不是本站保存的格式。');
  const { v } = parsed;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) return bad('版本号无效。');
  if (v > schema.version) return bad(`这份数据由更新版本的本站保存（第 ${v} 版），当前页面只能读取第 ${schema.version} 版及更早的数据。`);
  let data: unknown = parsed.data;
  for (let n = v; n < schema.version; n++) {
    const migrate = schema.migrations[n];
    if (!migrate) return bad(`缺少从第 ${n} 版升级的方法。`);
    try { data = migrate(data); } catch { return bad(`第 ${n} 版的数据无法升级。`); }
  }
  const checked = schema.validate(data);
  if (!checked.ok) return bad(checked.reason);
  return v < schema.version ? { kind: 'ok', data: checked.data, migratedFrom: v } : { kind: 'ok', data: checked.data };
}

export function encodeEnvelope<T>(data: T, schema: Schema<T>): string {
  const envelope: Envelope<T> = { v: schema.version, data };
  return JSON.stringify(envelope);
}

/** The parts of Storage the store uses (localStorage, or a fake in tests). */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  key(index: number): string | null;
  readonly length: number;
}

export interface KeptAside { key: string; raw: string }

export interface LoadReport<T> {
  data: T;
  /** False when storage cannot be used: the data lives only for this visit. */
  persistent: boolean;
  migratedFrom?: number;
  /** Set when stored data could not be read this time; it has been kept aside under `asideKey`. */
  unreadable?: { reason: string; asideKey: string };
}

/** Stored data that could not be read nor copied aside: shown to the reader, never overwritten. */
export interface Locked { reason: string; raw: string }

export const asidePrefix = (key: string) => `${key}.unreadable.`;

export class Store<T> {
  private memory: T;
  persistent = true;
  locked: Locked | null = null;
  private readonly schema: Schema<T>;
  private readonly storage: () => StorageLike | null;
  private readonly now: () => Date;

  constructor(schema: Schema<T>, storage: () => StorageLike | null, now: () => Date = () => new Date()) {
    this.schema = schema;
    this.storage = storage;
    this.now = now;
    this.memory = schema.empty();
  }

  private get backend(): StorageLike | null {
    try { return this.storage(); } catch { return null; }
  }

  /**
   * What is stored now. Unreadable data is copied aside first and then counts as empty; when the copy
   * fails the store locks and this returns null, as it does when storage cannot be used.
   */
  private read(): (Decoded<T> & { asideKey?: string }) | null {
    let raw: string | null;
    try { raw = this.backend!.getItem(this.schema.key); } catch { this.persistent = false; return null; }
    const decoded = this.decode(raw);
    if (decoded.kind !== 'unreadable') return decoded;
    const asideKey = this.keepAside(raw!);
    if (asideKey) return { ...decoded, asideKey };
    this.locked = { reason: decoded.reason, raw: raw! };
    return null;
  }

  private merge(stored: T, mine: T): T {
    return this.schema.merge ? this.schema.merge(stored, mine) : mine;
  }

  /** Reads, migrates and validates; unreadable data is moved aside (copied, then replaced) or locks the store. */
  load(): LoadReport<T> {
    this.persistent = true;
    const r = this.read();
    if (!r) return { data: this.memory, persistent: this.persistent };
    this.memory = r.data;
    const unreadable = r.kind === 'unreadable' ? { reason: r.reason, asideKey: r.asideKey! } : undefined;
    const migratedFrom = r.kind === 'ok' ? r.migratedFrom : undefined;
    if (unreadable || migratedFrom) this.write(r.data); // the unreadable original is safely aside by now
    return { data: r.data, persistent: this.persistent, migratedFrom, unreadable };
  }

  decode(raw: string | null): Decoded<T> {
    return decodeEnvelope(raw, this.schema);
  }

  /**
   * Re-reads what is stored, merges this tab's data into it, applies `change` and writes the result.
   * Locked: nothing changes and false is returned. Storage unavailable: the change lives in memory.
   */
  update(change: (data: T) => T): boolean {
    if (this.locked) return false;
    const stored = this.read();
    if (this.locked) return false;
    this.memory = change(stored ? this.merge(stored.data, this.memory) : this.memory);
    return this.write(this.memory);
  }

  /** Another tab wrote `raw`: merge it in; write back when this tab has changes it lacks. True if this tab's data changed. */
  absorb(raw: string | null): boolean {
    const d = this.decode(raw);
    if (d.kind === 'unreadable' || this.locked) return false; // an unreadable value is dealt with at the next write
    const before = encodeEnvelope(this.memory, this.schema);
    this.memory = this.merge(d.data, this.memory);
    const mine = encodeEnvelope(this.memory, this.schema);
    if (mine !== encodeEnvelope(this.merge(d.data, d.data), this.schema)) this.write(this.memory);
    return mine !== before;
  }

  /** The reader has saved the locked original: delete it and start afresh. */
  unlock(): void {
    try { this.backend?.removeItem(this.schema.key); } catch { /* unavailable: nothing to overwrite either */ }
    this.locked = null;
  }

  get current(): T { return this.memory; }

  private write(data: T): boolean {
    try {
      this.backend!.setItem(this.schema.key, encodeEnvelope(data, this.schema));
      this.persistent = true;
      return true;
    } catch {
      this.persistent = false;
      return false;
    }
  }

  private keepAside(raw: string): string | null {
    const key = asidePrefix(this.schema.key) + this.now().toISOString();
    try {
      const s = this.backend;
      if (!s) return null;
      s.setItem(key, raw);
      return s.getItem(key) === raw ? key : null;
    } catch {
      return null;
    }
  }

  /** Everything kept aside so far (oldest first), so the page can offer each for download. */
  keptAside(): KeptAside[] {
    const out: KeptAside[] = [];
    try {
      const s = this.backend;
      if (!s) return out;
      const prefix = asidePrefix(this.schema.key);
      for (let i = 0; i < s.length; i++) {
        const key = s.key(i);
        if (key?.startsWith(prefix)) {
          const raw = s.getItem(key);
          if (raw !== null) out.push({ key, raw });
        }
      }
    } catch { /* nothing readable */ }
    return out.sort((a, b) => a.key.localeCompare(b.key));
  }

  /** Deletes one kept-aside copy (after the reader has downloaded it or chosen to discard it). */
  discardAside(key: string): void {
    if (!key.startsWith(asidePrefix(this.schema.key))) return;
    try { this.backend?.removeItem(key); } catch { /* already gone or unavailable */ }
  }
}

/** An in-memory StorageLike, for tests and as a stand-in. */
export class MemoryStorage implements StorageLike {
  private map = new Map<string, string>();
  failWrites = false;
  /** A nearly full origin: replacing a value works, adding a key does not. */
  failNewKeys = false;
  getItem(key: string) { return this.map.get(key) ?? null; }
  setItem(key: string, value: string) {
    if (this.failWrites || (this.failNewKeys && !this.map.has(key))) throw new Error('QuotaExceededError');
    this.map.set(key, String(value));
  }
  removeItem(key: string) { this.map.delete(key); }
  key(index: number) { return [...this.map.keys()][index] ?? null; }
  get length() { return this.map.size; }
}
