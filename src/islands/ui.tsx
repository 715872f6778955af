// Small building blocks shared by the calculator islands: a GOV.UK-style text field (inline error
// tied to the input), a radio group, the result area, and URL mirroring (the rule citation is rule-ref.tsx).
import type { ComponentChildren, InputHTMLAttributes } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { parseCount, type ParseResult } from '../lib/parse-number.ts';
import { readParam, withParams } from '../lib/url-state.ts';

export { RuleRef, type RuleLinks } from './rule-ref.tsx';

export interface FieldState { raw: string; result: ParseResult | null }

/** Empty text is "not filled yet" (no error); anything else is parsed. */
export function readField(raw: string, max: number, unit?: string): FieldState {
  return { raw, result: raw.trim() === '' ? null : parseCount(raw, { max, unit }) };
}

/** A count field from the address: whole value read, an overlong one refused with its reason shown. */
export function readUrlField(search: string, key: string, max: number, unit?: string): FieldState {
  const { value, refused } = readParam(search, key);
  return refused ? { raw: '', result: { ok: false, message: refused } } : readField(value ?? '', max, unit);
}

export const fieldError = (f: FieldState) => (f.result && !f.result.ok ? f.result.message : null);
export const fieldValue = (f: FieldState) => (f.result && f.result.ok ? f.result.value : null);

export interface FieldError { id: string; label: string; message: string }

/** The errors of some fields, in order, for the error summary. */
export const fieldErrors = (fields: [id: string, label: string, field: FieldState][]): FieldError[] =>
  fields.flatMap(([id, label, f]) => { const message = fieldError(f); return message ? [{ id, label, message }] : []; });

/**
 * The server renders every control disabled and marked `data-wait`, so it takes no input before the
 * island's code has run (or ever, when that code fails to load on a weak connection). Preact does not
 * touch attributes while hydrating, and the head script (src/lib/theme-init.ts) enables `[data-wait]`
 * controls when Astro reports the island hydrated (an island hydrated on first use enables them at once:
 * src/integrations/interaction-directive.ts). In the client build `import.meta.env.SSR` is false,
 * so the spread and `wait` are dropped: this costs the islands' JavaScript nothing.
 */
const wait = { disabled: true, 'data-wait': '' };

type InputAttributes = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'onInput'>;

interface TextFieldProps extends InputAttributes {
  id: string;
  label: string;
  hint?: string;
  error: string | null;
  onInput: (raw: string) => void;
}

/** A labelled input with an optional hint and an inline error, both tied to it by aria-describedby. */
export function TextField({ id, label, hint, error, onInput, ...input }: TextFieldProps) {
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <div class={error ? 'calc-field has-error' : 'calc-field'}>
      <label for={id}>{label}</label>
      {hint && <p class="calc-hint" id={`${id}-hint`}>{hint}</p>}
      {error && <p class="calc-error" id={`${id}-error`}><span class="visually-hidden">输入有误：</span>{error}</p>}
      <input id={id} type="text" {...input} {...(import.meta.env.SSR && wait)} aria-invalid={error ? 'true' : undefined} aria-describedby={describedBy}
        onInput={(e) => onInput(e.currentTarget.value)} />
    </div>
  );
}

/** A count field: numeric keyboard, its value and error taken from the field's state. */
export function NumberField({ field, ...props }: { id: string; label: string; field: FieldState; onInput: (raw: string) => void }) {
  return <TextField {...props} inputMode="numeric" autoComplete="off" spellcheck={false} value={field.raw} error={fieldError(field)} />;
}

interface ChoiceProps<T extends string> {
  name: string;
  legend: string;
  options: { value: T; label: string; disabled?: boolean }[];
  value: T;
  onChange: (value: T) => void;
  note?: ComponentChildren;
}

export function Choice<T extends string>({ name, legend, options, value, onChange, note }: ChoiceProps<T>) {
  return (
    <fieldset class="calc-choice">
      <legend>{legend}</legend>
      <div class="calc-options">
        {options.map((o) => (
          <label class={o.disabled ? 'is-disabled' : undefined}>
            <input type="radio" name={name} value={o.value} checked={value === o.value} disabled={o.disabled} {...(import.meta.env.SSR && wait)}
              onChange={() => onChange(o.value)} />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
      {note && <p class="calc-hint">{note}</p>}
    </fieldset>
  );
}

/**
 * Reads the calculator's inputs from the query string once mounted (when `enabled`), then mirrors
 * `values` into it (history.replaceState) on every change, keeping other calculators' keys. The
 * address is not rewritten on load.
 */
export function useUrlSync(enabled: boolean, read: (search: string) => void, values: Record<string, string | null>) {
  const [ready, setReady] = useState(false);
  const first = useRef(true);
  useEffect(() => {
    // Read only when the address names one of this calculator's fields: the inputs are enabled when
    // the island hydrates, a moment before this effect, and a reader may already have typed.
    const params = new URLSearchParams(location.search);
    if (enabled && Object.keys(values).some((key) => params.has(key))) read(location.search);
    setReady(true);
  }, []);
  useEffect(() => {
    if (!enabled || !ready) return;
    if (first.current) { first.current = false; return; } // do not rewrite the address on load
    try {
      history.replaceState(history.state, '', location.pathname + withParams(location.search, values) + location.hash);
    } catch { /* history unavailable: the result still shows */ }
  }, [enabled, ready, JSON.stringify(values)]);
}

export function Calculator({ titleId, title, children }: { titleId: string; title: string; children: ComponentChildren }) {
  return (
    <div class="calc" role="group" aria-labelledby={titleId}>
      <p class="calc-title" id={titleId}>{title}</p>
      {children}
    </div>
  );
}

/**
 * The live result area, announced politely: with errors, their summary (each linking to its field)
 * where the result would be; otherwise the result.
 */
export function ResultArea({ errors, children }: { errors: FieldError[]; children: ComponentChildren }) {
  return (
    <div class="calc-result" aria-live="polite" aria-atomic="true">
      {errors.length ? (
        <div class="calc-invalid">
          <p class="calc-result-title">请先更正以下输入，再查看结果：</p>
          <ul>
            {errors.map((e) => <li><a href={`#${e.id}`}>{e.label}：{e.message}</a></li>)}
          </ul>
        </div>
      ) : children}
    </div>
  );
}
