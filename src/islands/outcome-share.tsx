// 复制链接 / 复制为文字 / 二维码 on an outcome's page of 资格自查, the page's only island: the outcome is a
// static document, so the text to copy comes as plain strings, formatted when the reader asks.
import type { OutcomeTextInput } from '../lib/eligibility/outcome-text.ts';
import ShareActions, { shareCode } from './share-actions.tsx';

/** `inputJson`: one JSON string, as the wizard's data (Astro's prop encoding tags every value). */
export default function OutcomeShare({ inputJson }: { inputJson: string }) {
  const input = JSON.parse(inputJson) as OutcomeTextInput;
  return <ShareActions url={() => location.href} text={async () => (await shareCode()).formatOutcomeText(input, location.href)} />;
}
