// The header's colour-scheme picker. The choice is stored; "auto" follows the system. The server
// renders it disabled, so it takes no choice until this code has run.
export function initThemePicker(): void {
  const select = document.querySelector<HTMLSelectElement>('#theme-select');
  if (!select) return;
  const root = document.documentElement;
  select.value = root.dataset.theme ?? 'auto';
  select.disabled = false;
  select.addEventListener('change', () => {
    const value = select.value;
    if (value === 'light' || value === 'dark') root.dataset.theme = value;
    else delete root.dataset.theme;
    // "auto" is stored as it is: the head script (theme-init.ts) applies only "light" and "dark".
    try { localStorage.theme = value; } catch { /* storage unavailable: the choice lasts for this page only */ }
  });
}
