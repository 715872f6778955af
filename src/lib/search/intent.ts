// What a question asks for, and which of its words only make it a question. Function and question
// words (吗 呢 怎么 什么 …) are dropped from matching; some of them say what kind of answer is wanted:
// a fee, a deadline, a limit (a number), a place in the admin console, or the documents a category
// needs (资质, 许可证, 需要什么证). Pure.

export type Intent = 'fee' | 'deadline' | 'limit' | 'place' | 'documents';

/** Words that say what is asked for. Those the guide also uses as content words (最多, 入口) still match. */
export const intentWords: Record<string, Intent> = Object.fromEntries(Object.entries({
  fee: '多少钱 费用 收费 要钱 交钱 交费 花钱 要不要钱 贵不贵 价格 几块钱 花多少 多少费用 免费 付费',
  deadline: '几天 多久 期限 多长时间 什么时候 几号 截止 多少天 时限 多快',
  limit: '几个 多少个 多少 上限 最多 多少人 几次 多少次 数量 几组 最少 几人 多少组',
  documents: '资质 资质文件 许可证 材料 证 什么证 哪些证 啥证 需要什么 要什么 什么资质 哪些资质 办什么',
  place: '在哪 在哪里 在哪儿 入口 路径 哪里 哪儿 从哪 怎么进 找不到',
} satisfies Record<Intent, string>).flatMap(([intent, words]) => words.split(' ').map((w) => [w, intent as Intent])));

/** Intent words that are also the guide's words (最多可绑定, 认证入口, 汇款期限): they still match, softly. */
export const contentIntentWords = new Set('最多 最少 上限 数量 入口 路径 期限 时限 截止 费用 收费 价格 免费 付费 资质 资质文件 许可证 材料'.split(' '));

/**
 * A whole question's frame (issue 22): greetings, thanks, who is asking and why, and the words around a
 * pasted error message ("提示该邮箱已被占用"). They say nothing the guide could match. Only words that
 * would otherwise be read as content (the rest fall apart into lone characters); one string, not a
 * list: every byte counts in the opening-search budget.
 */
const frame = (
  '想问 问下 请教 求助 各位 大佬 们 你好 您好 谢谢 麻烦 自己 行 已经 好 完 提示 显示 报错 出现 弹出 系统 问题 情况 ' +
  '看到 知道 之内 以内 每年 操作 之前 以前 完全 不懂 这些 那些'
);

/** Function and question words, and a question's frame: never matched. */
export const functionWords = new Set((
  '吗 呢 啊 吧 呀 嘛 哦 么 的 了 地 得 着 过 是 和 与 或 在 把 被 给 对 怎么 怎样 怎么样 如何 什么 啥 哪 哪个 ' +
  '哪些 是不是 是否 可以 可不可以 能不能 能否 能 会 会不会 要 要不要 需要 需不需要 必须吗 一下 请问 我 我们 你 你们 他 她 ' +
  '它 这 那 这个 那个 有 有没有 没有 还 也 都 就 才 又 再 很 太 为什么 为啥 怎么办 咋办 咋 办 呢么 一个 个 用 做 去 ' +
  '来 想 让 该 应该 得到 以 后 之后 以后 时候 时 了吗 还是 所以 因为 如果 的话 多少 几 现在 目前 如今 还能 还可以 一般 ' +
  '通常 ' + frame
).split(' '));

/** The intents a list of query words carries, in order of first appearance. */
export function intentsOf(words: readonly string[]): Intent[] {
  const out: Intent[] = [];
  for (const w of words) { const i = intentWords[w]; if (i && !out.includes(i)) out.push(i); }
  return out;
}

/** Every function and intent word, for the segmenter's vocabulary. */
export const questionVocabulary = (): string[] => [...functionWords, ...Object.keys(intentWords)];
