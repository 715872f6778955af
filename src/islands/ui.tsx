// Small building blocks shared by the calculator islands: a GOV.UK-style text field for counts
// (inline error tied to the input), a radio group, a rule citation, and URL mirroring.
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { parseCount, type ParseResult } from '../lib/parse-number.ts';
import { withParams } from '../lib/url-state.ts';

/** A link to the guide heading of a rule: href comes from the page (rule.path via url()). */
export type RuleLinks = Record<string, string>;

export function RuleRef({ id, links }: { id: string; links: RuleLinks }) {
  const href = links[id];
  return href ? <a class="calc-rule" href={href}>依据 {id}</a> : <span class="calc-rule">依据 {id}</span>;
}

export interface FieldState { raw: string; result: ParseResult | null }

/** Empty text is "not filled yet" (no error); anything else is parsed. */
export function readField(raw: string, max: number, unit?: string): FieldState {
  return { raw, result: raw.trim() === '' ? null : parseCount(raw, { max, unit }) };
}

export const fieldError = (f: FieldState) => (f.result && !f.result.ok ? f.result.message : null);
export const fieldValue = (f: FieldState) => (f.result && f.result.ok ? f.result.value : null);

interface NumberFieldProps {
  id: string;
  label: string;
  hint?: string;
  field: FieldState;
  onInput: (raw: string) => void;
}

export function NumberField({ id, label, hint, field, onInput }: NumberFieldProps) {
  const error = fieldError(field);
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div class={error ? 'calc-field has-error' : 'calc-field'}>
      <label for={id}>{label}</label>
      {hint && <p class="calc-hint" id={`${id}-hint`}>{hint}</p>}
      {error && <p class="calc-error" id={`${id}-error`}><span class="visually-hidden">输入有误：</span>{error}</p>}
      <input
        id={id}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        spellcheck={false}
        value={field.raw}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy}
        onInput={(e) => onInput((e.currentTarget as HTMLInputElement).value)}
      />
    </div>
  );
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
            <input type="radio" name={name} value={o.value} checked={value === o.value} disabled={o.disabled}
              onChange={() => onChange(o.value)} />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
      {note && <p class="calc-hint">{note}</p>}
    </fieldset>
  );
}

/** The errors of a calculator, listed where its result would be, each linking to its field. */
export function ErrorSummary({ errors }: { errors: { id: string; label: string; message: string }[] }) {
  return (
    <div class="calc-invalid">
      <p class="calc-result-title">请先更正以下输入，再查看结果：</p>
      <ul>
        {errors.map((e) => <li><a href={`#${e.id}`}>{e.label}：{e.message}</a></li>)}
      </ul>
    </div>
  );
}

/**
 * Mirrors `values` into the query string (history.replaceState) once `ready` (after the URL has
 * been read), keeping other calculators' keys.
 */
export function useUrlMirror(enabled: boolean, ready: boolean, values: Record<string, string | null>) {
  const serialized = JSON.stringify(values);
  const first = useRef(true);
  useEffect(() => {
    if (!enabled || !ready) return;
    if (first.current) { first.current = false; return; } // do not rewrite the address on load
    try {
      const search = withParams(location.search, values);
      history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
    } catch { /* history unavailable: the result still shows */ }
  }, [enabled, ready, serialized]);
}

export function Calculator({ titleId, title, children }: { titleId: string; title: string; children: ComponentChildren }) {
  return (
    <div class="calc" role="group" aria-labelledby={titleId}>
      <p class="calc-title" id={titleId}>{title}</p>
      {children}
    </div>
  );
}

/** The live result area: announced politely; holds either the result or the error summary. */
export function ResultArea({ children }: { children: ComponentChildren }) {
  return <div class="calc-result" aria-live="polite" aria-atomic="true">{children}</div>;
}
