// The relevance table: what readers type, and the address that must be among the first three
// results (null: nothing should be found). Used by tests/unit/search-relevance.test.ts and by
// `npm run bench:search` as its query set.
export interface RelevanceCase { query: string; kind: string; top3: string | null }

const cat = (path: string) => `/tools/categories/?c=${encodeURIComponent(path)}`;

export const relevanceCases: RelevanceCase[] = [
  // characters
  { kind: '汉字', query: '体验者', top3: '/rules/#R30' },
  { kind: '汉字', query: '开发者', top3: '/guide/preparation/#绑定开发者' },
  { kind: '汉字', query: '对公打款', top3: '/rules/#R13' },
  { kind: '汉字', query: '微信支付', top3: '/guide/payment/' },
  { kind: '汉字', query: '个体工商户', top3: '/rules/#R8' },
  { kind: '汉字', query: '汇款', top3: '/rules/#R20' },
  { kind: '汉字', query: '提交审核', top3: '/guide/review-and-release/#提交审核' },
  { kind: '汉字', query: '快递', top3: cat('快递业与邮政') },
  { kind: '汉字', query: '票务', top3: cat('生活服务>票务') },
  { kind: '汉字', query: '法律咨询', top3: cat('商业服务>法律服务>法律咨询') },
  { kind: '汉字', query: '类目查询', top3: '/tools/categories/' },
  { kind: '汉字', query: '规则依据', top3: '/rules/' },
  { kind: '汉字', query: '资质材料', top3: '/rules/#R26' },
  // the rule history (history.yaml): what the guide never had, and what changed after it
  { kind: '汉字', query: '备案', top3: '/history/filing/' },
  { kind: '汉字', query: '年审', top3: '/history/annual-review/' },
  { kind: '汉字', query: '个人认证', top3: '/history/personal-certification/' },
  { kind: '汉字', query: '丽人', top3: '/history/categories/' },
  // English
  { kind: '英文', query: 'AppID', top3: '/guide/preparation/#获取appid' },
  { kind: '英文', query: 'UnionID', top3: '/guide/open-platform/#unionid机制说明' },
  { kind: '英文', query: 'unionid', top3: '/guide/open-platform/#unionid机制说明' },
  { kind: '英文', query: 'WiFi', top3: cat('旅游>出境WiFi') },
  // full pinyin
  { kind: '全拼', query: 'tiyanzhe', top3: '/rules/#R30' },
  { kind: '全拼', query: 'kuaidi', top3: cat('快递业与邮政') },
  { kind: '全拼', query: 'duigongdakuan', top3: '/guide/registration/#填写主体信息并选择验证方式' },
  { kind: '全拼', query: 'weixinzhifu', top3: '/guide/payment/' },
  { kind: '全拼', query: 'gongzhonghao', top3: '/guide/official-account/' },
  { kind: '全拼', query: 'piaowu', top3: cat('生活服务>票务') },
  { kind: '全拼', query: 'jizhang', top3: cat('工具>记账') },
  { kind: '全拼', query: 'tianqi', top3: cat('工具>天气') },
  { kind: '全拼', query: 'kai fa zhe', top3: '/guide/preparation/#绑定开发者' },
  // initials
  { kind: '首字母', query: 'kd', top3: cat('快递业与邮政') },
  { kind: '首字母', query: 'tyz', top3: '/rules/#R30' },
  { kind: '首字母', query: 'dgdk', top3: '/guide/registration/#填写主体信息并选择验证方式' },
  { kind: '首字母', query: 'wxzf', top3: '/guide/payment/' },
  { kind: '首字母', query: 'gzh', top3: '/guide/official-account/' },
  // mixed
  { kind: '混合', query: 'kuai递', top3: cat('快递业与邮政') },
  { kind: '混合', query: '微信zhifu', top3: '/guide/payment/' },
  { kind: '混合', query: '个人 体验者', top3: '/rules/#R30' },
  // typos
  { kind: '错拼', query: 'kuadi', top3: cat('快递业与邮政') },
  { kind: '错拼', query: 'tiyanze', top3: '/rules/#R30' },
  { kind: '错拼', query: 'weixinzhfu', top3: '/guide/payment/' },
  { kind: '错拼', query: 'unoinid', top3: '/guide/open-platform/#unionid机制说明' },
  { kind: '错拼', query: 'gongzhognhao', top3: '/guide/official-account/' },
  // variants and full-width input
  { kind: '异体/全角', query: '测试账号', top3: '/guide/review-and-release/#测试帐号' },
  { kind: '异体/全角', query: '注册小程序账号', top3: '/guide/registration/#注册小程序帐号' },
  { kind: '异体/全角', query: '３００', top3: '/rules/#R14' },
  { kind: '异体/全角', query: 'ＡｐｐＩＤ', top3: '/guide/preparation/#获取appid' },
  // numbers and ids
  { kind: '数字', query: '300', top3: '/rules/#R14' },
  { kind: '数字', query: '500', top3: '/rules/#R51' },
  { kind: '数字', query: '10天', top3: '/rules/#R20' },
  { kind: '数字', query: '13', top3: '/rules/#R52' },
  { kind: '数字', query: 'R30', top3: '/rules/#R30' },
  { kind: '数字', query: 'D1', top3: '/rules/#D1' },
  // nonsense: the empty state, not junk
  { kind: '无意义', query: 'xyzqwv', top3: null },
  { kind: '无意义', query: 'asdfgh', top3: null },
  { kind: '无意义', query: 'qqqqqq', top3: null },
  { kind: '无意义', query: '火星探测', top3: null },
  { kind: '无意义', query: '哈哈哈哈', top3: null },
  { kind: '无意义', query: '！！？？', top3: null },
  { kind: '无意义', query: '<script>alert(1)</script>', top3: null },
];
