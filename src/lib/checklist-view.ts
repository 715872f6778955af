// What 注册清单 shows of a profile's tracks, as plain data for its island: the label of every stored
// field (for the import preview and the offer of a link's tracks), a stored value as the reader reads
// it, the tracks shown, and the optional tracks chosen once one is ticked or unticked.
import { statusLabels, type Status } from './checklist.ts';

/** A track as the page hands it to the island. */
export interface TrackShape { id: string; label: string; optional: boolean; steps: readonly { id: string; label: string }[] }

/** Step id, track id, '#tracks' and '#date' -> its label. */
export function fieldLabels(tracks: readonly TrackShape[]): Record<string, string> {
  return Object.fromEntries([
    ['#tracks', '可选项目'], ['#date', '提交主体信息的日期'],
    ...tracks.flatMap((t) => [[t.id, t.label], ...t.steps.map((s) => [s.id, s.label])]),
  ]);
}

/** A stored value as the reader reads it: a status, the tracks' names, a date, or （无）. */
export const describeValue = (v: unknown, labels: Record<string, string>): string =>
  Array.isArray(v) && v.length ? v.map((t) => labels[t] ?? t).join('、')
    : !v || Array.isArray(v) ? '（无）' : statusLabels[v as Status] ?? String(v);

/** The tracks shown: every required one, and the optional ones chosen. */
export const shownTracks = <T extends TrackShape>(tracks: readonly T[], chosen: readonly string[]): T[] =>
  tracks.filter((t) => !t.optional || chosen.includes(t.id));

/** The optional tracks chosen once `id` is ticked (`on`) or unticked, in the page's order. */
export const toggledTracks = (tracks: readonly TrackShape[], chosen: readonly string[], id: string, on: boolean): string[] =>
  tracks.filter((t) => t.optional).map((t) => t.id).filter((t) => (t === id ? on : chosen.includes(t)));

/** What this device offers to move the list elsewhere: the QR code (wide screens, a mouse), the export file (not in WeChat). */
export interface HandOffOffers { qr: boolean; exportFile: boolean }

/** How to take the list to another device, naming only what this one offers (a link is always offered). */
export const moveSentence = ({ qr, exportFile }: HandOffOffers): string =>
  `换设备时，${qr ? '用带进度的链接或二维码' : exportFile ? '用带进度的链接' : '用带进度的链接（“复制链接”）'}${exportFile ? '，或导出文件再导入' : ''}。`;
