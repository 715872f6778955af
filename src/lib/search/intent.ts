// What a question asks for, and which of its words only make it a question. Function and question
// words (吗 呢 怎么 什么 …) are dropped from matching; some of them say what kind of answer is wanted:
// a fee, a deadline, a limit (a number), a place in the admin console, or the documents a category
// needs (资质, 许可证, 需要什么证). Pure.

export type Intent = 'fee' | 'deadline' | 'limit' | 'place' | 'documents';

/** Words that say what is asked for. Those the guide also uses as content words (最多, 入口) still match. */
export const intentWords: Record<string, Intent> = {
  多少钱: 'fee', 费用: 'fee', 收费: 'fee', 要钱: 'fee', 交钱: 'fee', 交费: 'fee', 花钱: 'fee', 要不要钱: 'fee', 贵不贵: 'fee',
  价格: 'fee', 几块钱: 'fee', 花多少: 'fee', 多少费用: 'fee', 免费: 'fee', 付费: 'fee',
  几天: 'deadline', 多久: 'deadline', 期限: 'deadline', 多长时间: 'deadline', 什么时候: 'deadline', 几号: 'deadline', 截止: 'deadline',
  多少天: 'deadline', 时限: 'deadline', 多快: 'deadline',
  几个: 'limit', 多少个: 'limit', 多少: 'limit', 上限: 'limit', 最多: 'limit', 多少人: 'limit', 几次: 'limit', 多少次: 'limit', 数量: 'limit',
  几组: 'limit', 最少: 'limit', 几人: 'limit', 多少组: 'limit',
  资质: 'documents', 资质文件: 'documents', 许可证: 'documents', 材料: 'documents', 证: 'documents', 什么证: 'documents', 哪些证: 'documents',
  啥证: 'documents', 需要什么: 'documents', 要什么: 'documents', 什么资质: 'documents', 哪些资质: 'documents', 办什么: 'documents',
  在哪: 'place', 在哪里: 'place', 在哪儿: 'place', 入口: 'place', 路径: 'place', 哪里: 'place', 哪儿: 'place', 从哪: 'place', 怎么进: 'place', 找不到: 'place',
};

/** Intent words that are also the guide's words (最多可绑定, 认证入口, 汇款期限): they still match, softly. */
export const contentIntentWords = new Set(['最多', '最少', '上限', '数量', '入口', '路径', '期限', '时限', '截止', '费用', '收费', '价格', '免费', '付费', '资质', '资质文件', '许可证', '材料']);

/** Function and question words: never matched. */
export const functionWords = new Set([
  '吗', '呢', '啊', '吧', '呀', '嘛', '哦', '么', '的', '了', '地', '得', '着', '过', '是', '和', '与', '或', '在', '把', '被', '给', '对',
  '怎么', '怎样', '怎么样', '如何', '什么', '啥', '哪', '哪个', '哪些', '是不是', '是否', '可以', '可不可以', '能不能', '能否', '能', '会',
  '会不会', '要', '要不要', '需要', '需不需要', '必须吗', '一下', '请问', '我', '我们', '你', '你们', '他', '她', '它', '这', '那', '这个', '那个',
  '有', '有没有', '没有', '还', '也', '都', '就', '才', '又', '再', '很', '太', '为什么', '为啥', '怎么办', '咋办', '咋', '办', '呢么', '一个', '个',
  '用', '做', '去', '来', '想', '让', '该', '应该', '得到', '以', '后', '之后', '以后', '时候', '时', '了吗', '还是', '所以', '因为', '如果', '的话', '多少', '几',
  '现在', '目前', '如今', '还能', '还可以', '一般', '通常',
  ...frame(),
]);

/**
 * A whole question's frame (issue 22): greetings, thanks, who is asking and why, and the words around a
 * pasted error message ("提示该邮箱已被占用"). They say nothing the guide could match.
 */
function frame(): string[] {
  return [
    '请问', '想问', '想问下', '想问一下', '问下', '问一下', '请教', '请教一下', '求助', '求问', '各位', '大家', '大佬', '大神', '老师', '你好', '您好', '谢谢',
    '多谢', '感谢', '麻烦', '急', '在线等', '好的', '自己', '本人', '我的', '我们的', '打算', '准备', '想要', '能够', '可', '行', '才行', '行不行', '行吗',
    '可以吗', '能吗', '不能', '不可以', '不行', '吗呢', '到底', '究竟', '是否可以', '已经', '已', '但是', '但', '然后', '结果', '一直', '总是', '老是',
    '提示', '显示', '报错', '出现', '弹出', '弹窗', '说', '告诉', '收到', '系统', '时候', '之前', '刚刚', '刚', '突然', '这样', '那样', '这种', '情况',
    '问题', '请', '帮忙', '帮我', '看看', '一下子', '呢呢', '哪个', '换哪个', '啊啊', '怎么弄', '怎么做', '怎么操作', '咋弄', '咋整', '有啥', '什么样', '等', '等等',
    '们', '大佬们', '看到', '看', '知道', '想知道', '找到', '之内', '以内', '完', '好', '一家', '一款', '马上', '就能', '操作', '起来', '每年', '以后', '之后还',
  ];
}

/** The intents a list of query words carries, in order of first appearance. */
export function intentsOf(words: readonly string[]): Intent[] {
  const out: Intent[] = [];
  for (const w of words) { const i = intentWords[w]; if (i && !out.includes(i)) out.push(i); }
  return out;
}

/** Every function and intent word, for the segmenter's vocabulary. */
export const questionVocabulary = (): string[] => [...functionWords, ...Object.keys(intentWords)];
