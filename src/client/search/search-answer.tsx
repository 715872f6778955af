// The answer card above the results (answer.ts): the number a question asks for, with whom it applies
// to and the guide's edition, or "指南未说明" and the nearest section; a category's documents as the
// table writes them; or "指南未涉及", the closest topic and where the official answer lives.
import { intentLabels, type Answer } from '../../lib/search/answer.ts';
import { withBase, type Quoted } from './search-data.ts';

type Card<K extends Answer['kind']> = { answer: Extract<Answer, { kind: K }>; onGo: () => void };

/** Until what a card quotes has arrived: saying so; a failed fetch: where else to read it. */
const pending = (texts: Quoted) => <p class="search-answer-context">{texts === 'failed' ? '未能读取原文，请稍后重试。' : '正在读取原文…'}</p>;

function DocumentsCard({ answer, texts, onGo }: Card<'documents'> & { texts: Quoted }) {
  const { category, source } = answer;
  const text = texts && texts !== 'failed' ? texts.rows[answer.ref - texts.offset] : undefined;
  return (
    <section class="search-answer" aria-label="答案：资质文件">
      <p class="search-answer-scope">{source ? `${source.t}（${source.d}）` : '类目资质'} · {answer.scope}</p>
      <p class="search-answer-context">{category.t}</p>
      {text === undefined ? pending(texts) : <p class="search-answer-docs">{text}</p>}
      <p class="search-answer-link">
        {source ? <>仅供参考，现行以平台为准 · <a href={source.u} rel="noopener">来源存档</a> · </> : null}
        <a href={withBase(category.h)} onClick={onGo}>查看类目表</a>
      </p>
    </section>
  );
}

function UncoveredCard({ answer, texts, onGo }: Card<'uncovered'> & { texts: Quoted }) {
  const topic = texts && texts !== 'failed' ? texts.topics[answer.topic] : undefined;
  const closest = topic && texts && texts !== 'failed' ? texts.titleOf(topic.c) : undefined;
  return (
    <section class="search-answer" aria-label="答案：指南未涉及">
      <p class="search-answer-value">指南未涉及</p>
      {topic ? <>
        <p class="search-answer-context">2018 年版指南和本站的规则变迁都没有讲到“{topic.l}”，本站不作猜测。</p>
        {closest && <p class="search-answer-link">本站最接近的内容：<a href={withBase(topic.c)} onClick={onGo}>{closest}</a></p>}
        <p class="search-answer-link">官方渠道：{topic.w.map((p, i) => (
          <>{i > 0 ? '；' : ''}{p.u ? <a href={p.u} rel="noopener">{p.n}</a> : p.n}（{p.h}）</>
        ))}。</p>
      </> : pending(texts)}
    </section>
  );
}

export function AnswerCard({ answer, texts, onGo }: { answer: Answer; texts: Quoted; onGo: () => void }) {
  if (answer.kind === 'documents') return <DocumentsCard answer={answer} texts={texts} onGo={onGo} />;
  if (answer.kind === 'uncovered') return <UncoveredCard answer={answer} texts={texts} onGo={onGo} />;
  if (answer.kind === 'value') {
    return (
      <section class="search-answer" aria-label={`答案：${intentLabels[answer.intent]}`}>
        <p class="search-answer-scope">{answer.edition} · {answer.scope}</p>
        <p class="search-answer-value">{answer.values.join('、')}</p>
        <p class="search-answer-context">{answer.now && `${answer.edition}：`}{answer.context}</p>
        {answer.now && (texts && texts !== 'failed' ? <p class="search-answer-now">{texts.now[answer.ref]}</p> : pending(texts))}
        <p class="search-answer-link">
          <a href={withBase(answer.heading)} onClick={onGo}>查看指南原文</a> · <a href={withBase(answer.rule.h)} onClick={onGo}>{answer.rule.c.split(' · ')[0]}</a>
        </p>
      </section>
    );
  }
  return (
    <section class="search-answer" aria-label={`答案：${intentLabels[answer.intent]}`}>
      <p class="search-answer-value">指南未说明</p>
      <p class="search-answer-context">2018 年版指南没有给出这个{intentLabels[answer.intent]}，本站不作猜测。最相关的内容：</p>
      <p class="search-answer-link"><a href={withBase(answer.nearest.h)} onClick={onGo}>{answer.nearest.t}</a></p>
    </section>
  );
}
