// Hand-off that works inside WeChat: 复制链接, 复制为文字 and, on wide screens or with a mouse, a QR code
// of the link to continue on a phone. Only the buttons load with the page: copying (with its fallback)
// and the QR code live in share-panel.tsx, loaded when the reader first asks (the page-weight tool
// counts that chunk apart, like the site search).
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ComponentType } from 'preact';
import type { PanelProps, ShareAsk } from './share-panel.tsx';
import { once } from '../client/load-once.ts';
import '../styles/share.css';

/**
 * The share panel's code: the panel, and what is built only when the reader shares (the share link's
 * progress code, the text to copy). Loaded once, on the first ask (src/client/load-once.ts).
 */
export const shareCode = once(() => import('./share-panel.tsx'));

/** A QR code is for moving to another device: worth offering on a wide screen or with a mouse (the checklist says so too). */
export const qrMedia = '(min-width: 48rem), (pointer: fine)';

export interface ShareActionsProps {
  /** The text 复制为文字 copies (a checklist, an outcome), built when the reader asks. */
  text: () => string | Promise<string>;
  /** The address to share, built when the reader asks. */
  url: () => string | Promise<string>;
  disabled?: boolean;
}

interface Open { Panel: ComponentType<PanelProps>; ask: ShareAsk; value: string; n: number }

export default function ShareActions({ text, url, disabled }: ShareActionsProps) {
  const [canQr, setCanQr] = useState(false);
  /** The copy asked for last (its message or fallback), and the QR code: each stays while the other changes. */
  const [copy, setCopy] = useState<Open | null>(null);
  const [qr, setQr] = useState<Open | null>(null);
  const [failed, setFailed] = useState(false);
  const qrButton = useRef<HTMLButtonElement>(null);
  useEffect(() => setCanQr(matchMedia(qrMedia).matches), []);

  const ask = async (what: ShareAsk) => {
    setFailed(false);
    try {
      const { default: Panel } = await shareCode();
      const open = { Panel, ask: what, value: await (what === 'text' ? text : url)(), n: Date.now() };
      (what === 'qr' ? setQr : setCopy)(open);
    } catch {
      setFailed(true);
    }
  };
  const close = () => { setQr(null); qrButton.current?.focus(); };
  const button = (what: ShareAsk, label: string) => (
    <button type="button" class="button secondary" disabled={disabled} ref={what === 'qr' ? qrButton : undefined}
      aria-expanded={what === 'qr' ? !!qr : undefined} onClick={() => (what === 'qr' && qr ? close() : ask(what))}>{label}</button>
  );

  return (
    <div class="share-actions">
      <p class="calc-actions">
        {button('link', '复制链接')}
        {button('text', '复制为文字')}
        {canQr && button('qr', '二维码')}
      </p>
      <div aria-live="polite">
        {failed && <p class="calc-error share-message">未能加载，请检查网络后再试。</p>}
        {copy && <copy.Panel key={copy.n} {...copy} onClose={() => setCopy(null)} />}
      </div>
      {qr && <qr.Panel {...qr} onClose={close} />}
    </div>
  );
}
