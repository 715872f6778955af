// The colour tokens, light and dark, written once. palette-css.ts turns this list into the CSS that
// global.css used to spell out: light on :root, dark twice (when the system asks for dark unless 浅色
// is chosen, and when 深色 is chosen), because a media query and an attribute cannot share a rule and
// WeChat's older iOS WebViews have no light-dark(). Components use these tokens only, never a colour
// of their own.

/** Token name (without --) → [light, dark]. */
export const palette: Record<string, readonly [light: string, dark: string]> = {
  'bg': ['#ffffff', '#16181d'], 'bg-soft': ['#f6f7f9', '#1e2128'], 'bg-raised': ['#ffffff', '#23262e'],
  'text': ['#1d2129', '#e6e8eb'], 'text-muted': ['#555d6b', '#a9b0bb'], 'border': ['#dde1e6', '#343842'],
  'accent': ['#06794a', '#4fd39a'], 'accent-soft': ['#e7f6ee', '#173a2a'], 'on-accent': ['#ffffff', '#0b1f16'],
  'link': ['#0b5cad', '#7cb7ff'], 'focus': ['#b34700', '#ffb366'], 'mark-bg': ['#fff0b3', '#4a3b00'],
  'tip': ['#0b6b8a', '#6fd0f0'], 'tip-bg': ['#e8f5fa', '#15303a'], 'note': ['#8a5a00', '#f0c36f'], 'note-bg': ['#fdf5e4', '#3a2f15'],
  'decision': ['#5b3fa3', '#c3b0ff'], 'decision-bg': ['#f3effc', '#2a2340'],
  'danger': ['#b3261e', '#ff8a80'], 'danger-bg': ['#fdecea', '#3d1f1d'], 'on-danger': ['#ffffff', '#1e0d0c'],
};

const tokens = (side: 0 | 1) => Object.entries(palette).map(([name, values]) => `--${name}: ${values[side]};`).join(' ');

/** The palette as CSS. Screen only for the system's dark, so a print comes out light. */
export function paletteCss(): string {
  return [
    `:root { color-scheme: light dark; ${tokens(0)} }`,
    ':root[data-theme="light"] { color-scheme: light; }',
    `@media screen and (prefers-color-scheme: dark) { :root:not([data-theme="light"]) { ${tokens(1)} } }`,
    `:root[data-theme="dark"] { color-scheme: dark; ${tokens(1)} }`,
  ].join('\n');
}
