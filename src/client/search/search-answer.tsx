// The answer card above the results: the number a question asks for, from the rule data, or "指南未说明"
// and the nearest section; or a category's documents (answer.ts).
import { intentLabels, type Answer } from '../../lib/search/answer.ts';
import { withBase } from './search-data.ts';

export function AnswerCard({ answer, onGo }: { answer: Answer; onGo: () => void }) {
  if (answer.kind === 'documents') {
    const { category, source } = answer;
    return (
      <section class="search-answer" aria-label="答案：资质文件">
        <p class="search-answer-context">{category.t}</p>
        <p class="search-answer-value">{answer.documents}</p>
        <p class="search-answer-link">
          {source ? <>官方“{source.t}” {source.d} 版，仅供参考，现行以平台为准 · <a href={source.u} rel="noopener">来源存档</a> · </> : null}
          <a href={withBase(category.h)} onClick={onGo}>查看类目表</a>
        </p>
      </section>
    );
  }
  if (answer.kind === 'value') {
    return (
      <section class="search-answer" aria-label={`答案：${intentLabels[answer.intent]}`}>
        <p class="search-answer-value">{answer.values.join('、')}</p>
        <p class="search-answer-context">{answer.now?.[0]}{answer.context}</p>
        {answer.now && <p class="search-answer-now">{answer.now[1]}</p>}
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
