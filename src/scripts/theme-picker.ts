// The header's colour-scheme picker. The choice is stored; "auto" follows the system.
export function initThemePicker(): void {
  const select = document.getElementById('theme-select');
  if (!(select instanceof HTMLSelectElement)) return;
  const root = document.documentElement;
  select.value = root.dataset.theme ?? 'auto';
  select.addEventListener('change', () => {
    const value = select.value;
    if (value === 'light' || value === 'dark') root.dataset.theme = value;
    else delete root.dataset.theme;
    try {
      if (value === 'auto') localStorage.removeItem('theme');
      else localStorage.setItem('theme', value);
    } catch { /* storage unavailable: the choice lasts for this page only */ }
  });
}
