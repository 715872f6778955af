// What the dialog shows without results: before a query, what can be searched; after a query that found
// nothing, how to ask again and where to browse instead. Both with example queries.
import { withBase } from './search-data.ts';

const examples = ['体验者最多能加多少人', '认证要多少钱', 'kuaidi', '上架', 'UnionID'];

type OnExample = (query: string) => void;

function Suggestions({ onExample }: { onExample: OnExample }) {
  return (
    <div class="search-suggest">
      <p>试试：</p>
      <ul class="search-examples">
        {examples.map((x) => <li key={x}><button type="button" onClick={() => onExample(x)}>{x}</button></li>)}
      </ul>
    </div>
  );
}

export function NoResults({ onExample }: { onExample: OnExample }) {
  return (
    <div class="search-empty">
      <p>换个说法再试试：汉字、全拼（kuaidi）和拼音首字母（kd）都可以。</p>
      <Suggestions onExample={onExample} />
      <p>
        也可以直接浏览：<a href={withBase('/tools/categories/')}>类目查询</a>
        {' · '}<a href={withBase('/rules/')}>规则依据</a>
        {' · '}<a href={withBase('/guide/registration/')}>从注册开始读</a>
      </p>
    </div>
  );
}

export function StartHint({ onExample }: { onExample: OnExample }) {
  return (
    <div class="search-empty">
      <p>搜索指南章节、规则与数字、服务类目和工具。可以输入汉字、拼音或拼音首字母。</p>
      <Suggestions onExample={onExample} />
    </div>
  );
}
