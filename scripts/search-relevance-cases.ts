// The relevance table: what readers type, and the address that must be among the first three
// results (null: nothing should be found). Used by tests/unit/search-relevance.test.ts and by
// `npm run bench:search` as its query set.
export interface RelevanceCase {
  query: string;
  kind: string;
  top3: string | null;
  /** the answer card: a value it must show ("300元认证费"), "指南未说明", or null for no card */
  answer?: string | null;
}

import { qualificationHref, type Subject } from '../src/lib/qualifications.ts';

const cat = (path: string) => `/tools/categories/?c=${encodeURIComponent(path)}`;
/** A category of the guide's table that the newest personal table lacks: its link opens the guide's table. */
const guideCat = (path: string) => `/tools/categories/?edition=2018-04&c=${encodeURIComponent(path)}`;
/** A category's row on its subject's qualification page (a result links to its group's first row). */
const qual = (subject: Subject, path: string) => qualificationHref(subject, path.split('>'));

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
  { kind: '汉字', query: '票务', top3: guideCat('生活服务>票务') },
  { kind: '汉字', query: '法律咨询', top3: guideCat('商业服务>法律服务>法律咨询') },
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
  { kind: '全拼', query: 'piaowu', top3: guideCat('生活服务>票务') },
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

  // questions, typed as asked (issue 11): function and question words dropped, content words ranked
  { kind: '问句', query: '体验者最多能加多少人', top3: '/rules/#R30' },
  { kind: '问句', query: '政府单位必须认证吗', top3: '/rules/#R40' },
  { kind: '问句', query: '邮箱被占用了怎么办', top3: '/rules/#R3' },
  { kind: '问句', query: '一个公众号能关联多少个小程序', top3: '/rules/#R50' },
  { kind: '问句', query: '头像什么时候能改', top3: '/rules/#R24' },
  { kind: '问句', query: '个人能不能申请微信认证', top3: '/rules/#R41' },
  { kind: '问句', query: '主体信息填错了可以改吗', top3: '/rules/#R18' },
  { kind: '问句', query: '怎么获取AppID', top3: '/guide/preparation/#获取appid' },
  { kind: '问句', query: '在哪里提交审核', top3: '/guide/review-and-release/#提交审核' },
  { kind: '问句', query: '认证入口在哪', top3: '/guide/certification/#认证入口' },
  { kind: '问句', query: '怎么绑定开发者', top3: '/guide/preparation/#绑定开发者' },
  { kind: '问句', query: '小程序怎么发布', top3: '/rules/#R38' },
  { kind: '问句', query: '需要测试帐号怎么办', top3: '/rules/#R36' },
  { kind: '问句', query: '个人可以开微信支付吗', top3: '/guide/payment/' },
  { kind: '问句', query: 'unionid是什么', top3: '/guide/open-platform/#unionid机制说明' },
  { kind: '问句', query: '个体工商户怎么验证', top3: '/rules/#R8' },
  // questions about what changed after the guide: the rule history answers them
  { kind: '问句', query: '小程序要备案吗', top3: '/history/filing/' },
  { kind: '问句', query: '个人可以认证吗', top3: '/history/personal-certification/' },
  { kind: '问句', query: '现在个人能开微信支付吗', top3: '/guide/payment/' },
  { kind: '问句', query: '年审要多少钱', top3: '/history/annual-review/', answer: '指南未说明' },
  // questions for a number: the answer card shows the value from the rule data
  { kind: '数字问题', query: '认证要多少钱', top3: '/rules/#R14', answer: '300元认证费' },
  { kind: '数字问题', query: '微信认证费用多少', top3: '/rules/#R14', answer: '300元认证费' },
  { kind: '数字问题', query: '汇款期限是几天', top3: '/rules/#R20', answer: '10天内完成汇款' },
  { kind: '数字问题', query: '对公打款几天内要完成', top3: '/guide/registration/#点击确认完成注册流程', answer: '10天内完成汇款' },
  { kind: '数字问题', query: '个人小程序最多几个开发者', top3: '/rules/#R30', answer: '5个开发者' },
  { kind: '数字问题', query: '体验者最多能加多少人', top3: '/rules/#R30', answer: '10个体验者' },
  { kind: '数字问题', query: '已认证的小程序能加多少体验者', top3: '/rules/#R32', answer: '40个体验者' },
  { kind: '数字问题', query: '一个小程序能关联几个公众号', top3: '/rules/#R51' },
  { kind: '数字问题', query: '公众号每月能关联几次小程序', top3: '/rules/#R52', answer: '13次' },
  { kind: '数字问题', query: '功能页面最多几组', top3: '/rules/#R35', answer: '5组' },
  { kind: '数字问题', query: '审核要多久', top3: '/guide/review-and-release/#提交审核', answer: '指南未说明' },
  { kind: '数字问题', query: '头像什么时候能改', top3: '/rules/#R25', answer: '指南未说明' },
  // synonyms and short forms (content/search/synonyms.yaml)
  { kind: '同义/简称', query: '打钱', top3: '/rules/#R20' },
  { kind: '同义/简称', query: '转账验证', top3: '/rules/#R13' },
  { kind: '同义/简称', query: '上架', top3: '/guide/review-and-release/#代码发布' },
  { kind: '同义/简称', query: '上线', top3: '/rules/#R38' },
  { kind: '同义/简称', query: '付款功能', top3: '/guide/payment/' },
  { kind: '同义/简称', query: '公号', top3: '/guide/official-account/' },
  { kind: '同义/简称', query: '服务号', top3: '/guide/official-account/' },
  { kind: '同义/简称', query: '个体', top3: '/rules/#R8' },
  { kind: '同义/简称', query: '审批', top3: '/guide/review-and-release/#提交审核' },
  { kind: '同义/简称', query: '营业执照', top3: '/rules/#R26' },
  { kind: '同义/简称', query: '外卖', top3: guideCat('生活服务>外送') },
  { kind: '同义/简称', query: '搬家', top3: cat('快递业与邮政>装卸搬运') },
  { kind: '同义/简称', query: '保洁', top3: cat('生活服务>家政') },
  { kind: '同义/简称', query: '律师', top3: guideCat('商业服务>法律服务>法律咨询') },
  // negatives: nonsense and questions the site cannot answer find nothing, and no answer card
  { kind: '无关问题', query: '怎么做红烧肉', top3: null },
  { kind: '无关问题', query: '电脑蓝屏怎么办', top3: null },
  { kind: '无关问题', query: '我想学钢琴', top3: null },
  { kind: '无关问题', query: '周末去哪里玩', top3: null },
  // 贷利 sounds like 代理 (专利代理): a sound-alike for a piece of the run is no match
  { kind: '无关问题', query: '房贷利率是多少', top3: null },
  { kind: '无关问题', query: '减肥方法有哪些', top3: null },
  { kind: '无关问题', query: '足球比赛几点开始', top3: null },
  { kind: '无关问题', query: '今天吃什么', top3: null },
  { kind: '无关问题', query: '😀😀😀', top3: null },
  { kind: '无关问题', query: '\u200b\u200b\u200b', top3: null },
  { kind: '无关问题', query: '。。。，，，？？', top3: null },
  { kind: '无关问题', query: '吗呢啊吧', top3: null },
  // traditional characters (港澳台 and overseas readers): mapped to simplified before matching
  { kind: '繁体', query: '開發者', top3: '/guide/preparation/#绑定开发者' },
  { kind: '繁体', query: '公眾號', top3: '/guide/official-account/' },
  { kind: '繁体', query: '體驗者', top3: '/rules/#R30' },
  { kind: '繁体', query: '微信認證', top3: '/rules/#R16' },
  { kind: '繁体', query: '對公打款', top3: '/rules/#R13' },
  { kind: '繁体', query: '匯款', top3: '/rules/#R20' },
  { kind: '繁体', query: '個體工商戶', top3: '/rules/#R8' },
  { kind: '繁体', query: '微信支付', top3: '/guide/payment/' },
  { kind: '繁体', query: '提交審核', top3: '/guide/review-and-release/#提交审核' },
  { kind: '繁体', query: '代碼發佈', top3: '/guide/review-and-release/#代码发布' },
  { kind: '繁体', query: '體驗者最多能加多少人', top3: '/rules/#R30', answer: '10个体验者' },
  { kind: '繁体', query: '認證要多少錢', top3: '/rules/#R14', answer: '300元认证费' },
  { kind: '繁体', query: '註冊小程序帳號', top3: '/guide/registration/#注册小程序帐号' },
  // homophone slips of the input method: matched by toneless pinyin when found nowhere as written
  { kind: '同音错字', query: '开法者', top3: '/guide/preparation/#绑定开发者' },
  { kind: '同音错字', query: '小成序', top3: '/guide/registration/#注册小程序帐号' },
  { kind: '同音错字', query: '认正', top3: '/guide/certification/#认证入口' },
  { kind: '同音错字', query: '审合', top3: '/guide/review-and-release/#提交审核' },
  { kind: '同音错字', query: '微信之付', top3: '/guide/payment/' },
  { kind: '同音错字', query: '体严者', top3: '/rules/#R30' },
  { kind: '同音错字', query: '公种号', top3: '/guide/official-account/' },
  { kind: '同音错字', query: '汇宽', top3: '/rules/#R20' },
  { kind: '同音错字', query: '体严者最多能加多少人', top3: '/rules/#R30', answer: '10个体验者' },
  // categories and their documents, per subject type (the 2018-11 qualification tables; issue 13):
  // a client's business in everyday words; a documents question shows the documents on the card
  { kind: '类目资质', query: '律所 资质', top3: qual('enterprise', '商业服务>律所'), answer: '《律师事务所执业许可证书》' },
  { kind: '类目资质', query: '律师事务所需要什么资质', top3: qual('enterprise', '商业服务>律所'), answer: '《律师事务所执业许可证书》' },
  { kind: '类目资质', query: '医疗器械', top3: qual('enterprise', '医疗>医疗器械生产企业') },
  { kind: '类目资质', query: '网约车', top3: qual('enterprise', '出行与交通>打车（网约车）>快车') },
  { kind: '类目资质', query: '网约车需要什么证', top3: qual('enterprise', '出行与交通>打车（网约车）>快车'), answer: '《网络预约出租汽车经营许可证》' },
  { kind: '类目资质', query: '网约车 资质', top3: qual('enterprise', '出行与交通>打车（网约车）>快车'), answer: '《网络预约出租汽车经营许可证》' },
  { kind: '类目资质', query: '驾校', top3: qual('enterprise', '教育>驾校培训') },
  { kind: '类目资质', query: '学车需要什么资质', top3: qual('enterprise', '教育>驾校培训'), answer: '《道路运输经营许可证》' },
  { kind: '类目资质', query: '海外主体 外卖', top3: qual('overseas', '餐饮>外卖点餐') },
  { kind: '类目资质', query: '个人 能做 律师 吗', top3: qual('personal', '商业服务>律师') },
  { kind: '类目资质', query: '个人 家政', top3: qual('personal', '生活服务>家政') },
  { kind: '类目资质', query: '卖药需要什么资质', top3: qual('enterprise', '医疗>药品（非处方药）销售'), answer: '《互联网药品信息服务资格证》' },
  { kind: '类目资质', query: '医院 资质', top3: qual('enterprise', '医疗>就医服务>查报告单') },
  { kind: '类目资质', query: '网贷', top3: qual('enterprise', '金融业>网络借贷信息中介（P2P）') },
  { kind: '类目资质', query: '股票行情', top3: qual('enterprise', '金融业>股票信息服务平台') },
];
