// What share-actions.tsx loads when the reader asks: copying to the clipboard, with a fallback where it
// is refused (often in WebViews and on http) that shows the text selected to copy by hand; and the QR
// code of a link, drawn in the browser (uqr) as SVG: black modules on white with the 4-module quiet
// zone in either colour scheme, so any phone camera reads it. Also what the checklist needs only when
// a reader shares or opens a share link: its text, what it says about a link it was opened with, and
// the changes an import would make.
import { useEffect, useRef, useState } from 'preact/hooks';
import { encode } from 'uqr';

export { checklistText } from '../lib/checklist-text.ts';
export { formatOutcomeText } from '../lib/eligibility/outcome-text.ts';
export { LinkNotices } from './checklist/link-notices.tsx';
export { ImportChanges } from './checklist/import-changes.tsx';
export { readImportFile } from './checklist/import-file.ts';

export type ShareAsk = 'link' | 'text' | 'qr';
export interface PanelProps { ask: ShareAsk; value: string; onClose: () => void }

export default function SharePanel(props: PanelProps) {
  return props.ask === 'qr' ? <QrCode {...props} /> : <Copy {...props} />;
}

function Copy({ ask, value, onClose }: PanelProps) {
  const [copied, setCopied] = useState<boolean | null>(null);
  const area = useRef<HTMLTextAreaElement>(null);
  useEffect(() => { navigator.clipboard.writeText(value).then(() => setCopied(true), () => setCopied(false)); }, []);
  useEffect(() => area.current?.select(), [copied]);
  const what = ask === 'link' ? '链接' : '文字';
  if (copied) return <p class="share-message">已复制{what}，可以粘贴到聊天或备忘录。</p>;
  return copied === false ? (
    <div class="share-fallback">
      <label for="share-fallback-text">这里不能直接复制{what}。请选中全部文字后复制（手机上长按）：</label>
      <textarea id="share-fallback-text" ref={area} readOnly rows={ask === 'link' ? 3 : 8} value={value} onFocus={(e) => e.currentTarget.select()} />
      <button type="button" class="button secondary" onClick={onClose}>收起</button>
    </div>
  ) : null;
}

const quiet = 4;

function QrCode({ value, onClose }: PanelProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  const { data, size } = encode(value, { ecc: 'M', border: 0 });
  const side = size + 2 * quiet;
  let d = '';
  data.forEach((row, y) => row.forEach((dark, x) => { if (dark) d += `M${x + quiet} ${y + quiet}h1v1h-1z`; }));
  return (
    <div class="share-qr" ref={ref} tabIndex={-1} role="group" aria-labelledby="share-qr-title">
      <p id="share-qr-title"><strong>用手机扫码，在手机上继续</strong></p>
      <svg class="share-qr-code" viewBox={`0 0 ${side} ${side}`} width="232" height="232" role="img" aria-label="本页链接的二维码" shape-rendering="crispEdges">
        <rect width={side} height={side} fill="#fff" />
        <path d={d} fill="#000" />
      </svg>
      <p class="calc-hint">二维码里是本页的链接，含你现在的选择（清单还含进度）；扫码即可在手机上继续。</p>
      <p class="calc-actions"><button type="button" class="button secondary" onClick={onClose}>收起二维码</button></p>
    </div>
  );
}
