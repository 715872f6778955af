// The results list: a listbox of options grouped by kind (the best results first), each with its
// title, context and a snippet, the matched words marked.
import { highlightRanges, rangesFromPinyinIndices, snippet, toSegments, type Segment } from '../../lib/search/highlight.ts';
import { fullPinyin, splitSyllables } from '../../lib/search/pinyin-fields.ts';
import { groupLabel, kindLabels, type RankedHit, type ResultGroup } from '../../lib/search/results.ts';

/** Whether a result's context already names its kind (规则变迁 · …; 工具 or 参考 under 工具与参考): said once. */
const repeatsKind = (doc: RankedHit['doc']) => doc.c.startsWith(kindLabels[doc.k]) || kindLabels[doc.k].includes(doc.c);
import type { SearchDoc } from '../../lib/search/types.ts';
import { optionId } from './search-selection.ts';

function Marked({ segments }: { segments: Segment[] }) {
  return <>{segments.map((s, i) => (s.hit ? <mark key={i}>{s.text}</mark> : s.text))}</>;
}

/** The title's marked parts: the words searched, or the characters behind a typo's match in the title's pinyin. */
function titleSegments(hit: RankedHit, marked: string): Segment[] {
  const doc = hit.doc;
  const syllables = doc.s ? splitSyllables(doc.s) : [];
  let ranges = highlightRanges(doc.t, marked, syllables);
  if (ranges.length === 0 && syllables.length) {
    // A typo in pinyin ("kuadi"): mark the characters behind Fuse's match in the title's pinyin.
    const own = fullPinyin(syllables);
    ranges = rangesFromPinyinIndices(syllables, hit.matches.filter((m) => m.key === 'y' && m.value === own).flatMap((m) => m.indices));
  }
  return toSegments(doc.t, ranges);
}

interface OptionProps {
  hit: RankedHit;
  index: number;
  best: boolean;
  active: boolean;
  marked: string;
  onGo: (doc: SearchDoc) => void;
  onHover: (index: number) => void;
}

function ResultOption({ hit, index, best, active, marked, onGo, onHover }: OptionProps) {
  const doc = hit.doc;
  const body = hit.matches.find((m) => m.key === 'b' && typeof m.value === 'string')?.value;
  return (
    <div
      id={optionId(index)}
      role="option"
      aria-selected={active}
      class="search-option"
      data-href={doc.h}
      onClick={() => onGo(doc)}
      onPointerMove={() => { if (!active) onHover(index); }}
    >
      <span class="search-option-title">
        <Marked segments={titleSegments(hit, marked)} />{hit.partial && <span class="search-partial">部分匹配</span>}
      </span>
      <span class="search-option-context">{best && !repeatsKind(doc) ? `${kindLabels[doc.k]} · ${doc.c}` : doc.c}</span>
      {doc.q ? <span class="search-option-snippet"><Marked segments={snippet(doc.q, marked, 64)} /></span>
        : body && doc.k !== 'tool' && <span class="search-option-snippet"><Marked segments={snippet(body, marked)} /></span>}
    </div>
  );
}

interface Props {
  groups: ResultGroup[];
  expanded: boolean;
  active: number;
  marked: string;
  onGo: (doc: SearchDoc) => void;
  onHover: (index: number) => void;
}

export function SearchResults({ groups, expanded, active, marked, onGo, onHover }: Props) {
  return (
    <div id="search-listbox" role="listbox" aria-label="搜索结果" class="search-results" hidden={!expanded}>
      {groups.map((g) => (
        <div key={g.kind} role="group" aria-label={groupLabel(g.kind)} class="search-group">
          <p class="search-group-label" aria-hidden="true">{groupLabel(g.kind)}</p>
          {g.hits.map(({ hit, index }) => (
            <ResultOption key={hit.doc.h + hit.doc.t} hit={hit} index={index} best={g.kind === 'best'} active={index === active}
              marked={marked} onGo={onGo} onHover={onHover} />
          ))}
        </div>
      ))}
    </div>
  );
}
