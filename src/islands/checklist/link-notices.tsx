// What 注册清单 says about the link it was opened with: what in it was ignored, its progress loaded,
// or its tracks offered when they differ from the saved ones. Loaded with the share code when there is
// something to say (share-actions.tsx, useShareCode), so it imports nothing the list has loaded.

interface LinkNoticesProps {
  /** The link's state (use-link.ts): what in it was ignored, whether its progress loaded, the tracks it offers. */
  link: { notes: string[]; linkLoaded: boolean; offer: string[] | null };
  /** The tracks saved here. */
  chosen: string[];
  /** A stored value in words (checklist-view.ts, describeValue). */
  show: (value: unknown) => string;
  off: boolean;
  answerOffer: (use: boolean) => void;
}

export function LinkNotices({ link, chosen, show, off, answerOffer }: LinkNoticesProps) {
  const { notes, linkLoaded, offer } = link;
  const theirs = offer && show(offer);
  const mine = show(chosen);
  return (
    <>
      {notes.map((n) => <p class="calc-note" role="status">{n}</p>)}
      {linkLoaded && <p class="calc-note" role="status">已载入链接中的进度，<a href="#checklist-share">可在页面下方撤销</a>。</p>}
      {offer && (
        <div class="calc-note checklist-offer" role="group" aria-labelledby="offer-text">
          <p id="offer-text"><strong>链接中的设置与你保存的不同</strong>：链接选择的可选项目：{theirs}；你保存的：{mine}。两种都会保留各步骤的进度。</p>
          <p class="calc-actions">
            <button type="button" class="button" disabled={off} onClick={() => answerOffer(true)}>使用链接的</button>
            <button type="button" class="button secondary" onClick={() => answerOffer(false)}>保留我的</button>
          </p>
        </div>
      )}
    </>
  );
}
