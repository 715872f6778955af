// Site search: "/" and Ctrl+K open it, the combobox works by keyboard, Esc closes it, nothing loads
// before it is opened, and it is accessible with results showing.
import { expect, test } from '@playwright/test';
import { expectCleanInBothSchemes } from './axe.ts';
import { searchBox as box, searchOptions as options, watchRequests } from './search-page.ts';


test('a guide page loads no search code until search is opened', async ({ page }) => {
  const requests = watchRequests(page);
  await page.goto('/guide/registration/');
  await page.waitForLoadState('networkidle');
  expect(requests.filter((p) => /search-dialog|search-index|query\.|fuse/i.test(p))).toEqual([]);
  await page.keyboard.press('/');
  await expect(box(page)).toBeFocused();
  await box(page).fill('体验者');
  await expect(options(page).first()).toBeVisible();
  expect(requests.some((p) => /search-dialog\..+\.js$/.test(p))).toBe(true);
  expect(requests.filter((p) => p.endsWith('/search-index.json'))).toHaveLength(1);
});

test('"/" opens search; arrow keys move, Enter opens the result at its heading', async ({ page }) => {
  await page.goto('/guide/registration/');
  await page.keyboard.press('/');
  await box(page).fill('tiyanzhe');
  await expect(page.getByRole('dialog').getByRole('status')).toHaveText(/找到 \d+ 条结果/);
  await expect(options(page).first()).toHaveAttribute('aria-selected', 'true');
  await expect(box(page)).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('ArrowDown');
  const second = options(page).nth(1);
  await expect(second).toHaveAttribute('aria-selected', 'true');
  await expect(box(page)).toHaveAttribute('aria-activedescendant', (await second.getAttribute('id'))!);
  await page.keyboard.press('ArrowUp');
  await expect(options(page).first()).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('group', { name: '规则', exact: true })).toBeVisible();
  await box(page).fill('获取AppID');
  await expect(options(page).first().locator('mark').first()).toHaveText('获取AppID');
  await expect(options(page).first()).toContainText('获取AppID');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/guide\/preparation\/#%E8%8E%B7%E5%8F%96appid$/);
  await expect(page.locator('h3#获取appid')).toBeInViewport();
});

test('Ctrl+K opens search from anywhere; Esc closes it and focus returns', async ({ page }) => {
  await page.goto('/tools/categories/');
  await page.getByRole('button', { name: /^搜索/ }).focus();
  await page.keyboard.press('Control+k');
  await expect(box(page)).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: '搜索全站' })).toBeHidden();
  await expect(page.getByRole('button', { name: /^搜索/ })).toBeFocused();
  // "/" typed into the category filter is text, not a shortcut.
  await page.getByRole('searchbox', { name: '筛选类目' }).fill('');
  await page.getByRole('searchbox', { name: '筛选类目' }).press('/');
  await expect(page.getByRole('dialog', { name: '搜索全站' })).toBeHidden();
  // A click on the button opens it too, and the close button closes it.
  await page.getByRole('button', { name: /^搜索/ }).click();
  await expect(box(page)).toBeFocused();
  await page.getByRole('button', { name: /^关闭/ }).click();
  await expect(page.getByRole('dialog', { name: '搜索全站' })).toBeHidden();
});

test('numbers, categories and tools are found and grouped', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Control+k');
  await box(page).fill('300');
  await expect(options(page).first()).toContainText('300元');
  await box(page).fill('kuaidi');
  // The category tree's records first (最相关), the qualification tables' after them, in a group of their own.
  const category = options(page).first();
  await expect(category).toContainText('快递');
  await expect(category).toContainText('类目 · ');
  await expect(category.locator('mark').first()).toHaveText('快递');
  await expect(page.getByRole('group', { name: '类目资质', exact: true })).toBeVisible();
  await page.getByRole('option', { name: /^快递业与邮政 类目/ }).click();
  await expect(page).toHaveURL(/\/tools\/categories\/\?c=/);
  await expect(page.locator('[data-current-path]')).toHaveText('快递业与邮政');
  await page.keyboard.press('Control+k');
  await box(page).fill('类目查询');
  await expect(page.getByRole('group', { name: '工具与参考' }).getByRole('option').first()).toContainText('类目查询');
  // A reference page is named as one, not as a tool.
  await box(page).fill('小程序备案怎么做');
  const filing = page.locator('[data-href="/filing/"]').first();
  await expect(filing).toContainText('参考');
  await expect(filing).not.toContainText('工具');
});

test('a nonsense query shows the empty state with example queries and links', async ({ page }) => {
  await page.goto('/guide/payment/');
  await page.keyboard.press('/');
  await box(page).fill('xyzqwv');
  await expect(page.getByRole('dialog').getByRole('status')).toHaveText('没有找到与“xyzqwv”相关的内容');
  await expect(options(page)).toHaveCount(0);
  await expect(box(page)).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByRole('dialog').getByRole('link', { name: '类目查询' })).toBeVisible();
  await page.getByRole('button', { name: 'UnionID' }).click();
  await expect(box(page)).toHaveValue('UnionID');
  await expect(options(page).first()).toContainText('UnionID');
});

test('search open with results is axe-clean at 375 px, light and dark', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto('/guide/preparation/');
  await page.getByRole('button', { name: /^搜索/ }).click();
  await box(page).fill('账号');
  await expect(options(page).first()).toBeVisible();
  const dialog = await page.getByRole('dialog', { name: '搜索全站' }).boundingBox();
  expect(dialog!.width).toBeLessThanOrEqual(375);
  await expectCleanInBothSchemes(page);
  await box(page).fill('xyzqwv');
  await expect(page.getByRole('dialog').getByRole('status')).toContainText('没有找到');
  await expectCleanInBothSchemes(page);
});

test('?q= in any page address opens search with that query; typing updates the address; closing removes it', async ({ page }) => {
  await page.goto(`/guide/registration/?q=${encodeURIComponent('体验者')}#top`);
  await expect(box(page)).toBeFocused();
  await expect(box(page)).toHaveValue('体验者');
  await expect(options(page).first()).toBeVisible();
  await box(page).fill('kuaidi');
  await expect(page).toHaveURL(/\/guide\/registration\/\?q=kuaidi#top$/);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: '搜索全站' })).toBeHidden();
  await expect(page).toHaveURL(/\/guide\/registration\/#top$/);
});

test('a shared ?q= is plain text and capped: markup, junk and huge input are harmless', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
  await page.goto(`/?q=${encodeURIComponent('<img src=x onerror=alert(1)>')}`);
  await expect(box(page)).toHaveValue('<img src=x onerror=alert(1)>');
  await expect(page.getByRole('dialog').getByRole('status')).toContainText('没有找到');
  await page.goto(`/guide/payment/?q=${encodeURIComponent('体'.repeat(1_000))}`);
  await expect(box(page)).toHaveValue('体'.repeat(160));
  await expect(page.getByRole('dialog').getByRole('status')).toBeVisible();
  await page.goto('/guide/payment/?q=%E2%80%8B%20%20');
  await expect(page.getByRole('dialog', { name: '搜索全站' })).toHaveCount(0);
  expect(dialogs).toEqual([]);
});

test('on the category browser, ?q= stays the browser filter and does not open site search', async ({ page }) => {
  await page.goto(`/tools/categories/?q=${encodeURIComponent('快递')}`);
  await expect(page.getByRole('searchbox', { name: '筛选类目' })).toHaveValue('快递');
  await expect(page.getByRole('dialog', { name: '搜索全站' })).toHaveCount(0);
});

test('questions typed as asked: the answer card shows the number from the rule data, with its heading', async ({ page }) => {
  await page.goto('/guide/registration/');
  await page.keyboard.press('/');
  await box(page).fill('体验者最多能加多少人');
  const card = page.getByRole('region', { name: /^答案/ });
  await expect(card).toContainText('10个体验者');
  await expect(card).toContainText('个人主体小程序最多可绑定5个开发者、10个体验者。');
  // The guide's number and today's on the same card, today's with its source and confidence.
  await expect(card).toContainText('指南（2018-04-16）：');
  await expect(card).toContainText(/现在：.*15 个体验成员.*可信度中；\d{4}-\d{2}-\d{2} 核对）/);
  await expect(card.getByRole('link', { name: '查看指南原文' })).toHaveAttribute('href', /\/guide\/preparation\/#%E7%BB%91%E5%AE%9A%E5%BC%80%E5%8F%91%E8%80%85$|\/guide\/preparation\/#绑定开发者$/);
  await expect(options(page).first()).toContainText('个人主体小程序最多可绑定');
  await box(page).fill('审核要多久');
  await expect(card).toContainText('指南未说明');
  await box(page).fill('体验者');
  await expect(card).toHaveCount(0);
});

test('synonyms are said above the results; partial matches are marked; traditional characters load their table on demand', async ({ page }) => {
  const requests = watchRequests(page);
  await page.goto('/guide/payment/');
  await page.keyboard.press('/');
  await box(page).fill('上架');
  await expect(page.getByRole('dialog').getByText('也搜索了：发布')).toBeVisible();
  await expect(options(page).first()).toContainText('发布');
  await box(page).fill('邮箱被占用了怎么办');
  await expect(options(page).first()).toContainText('邮箱');
  await expect(page.getByRole('dialog').getByText('部分匹配').first()).toBeVisible();
  await expect(page.getByRole('dialog').getByRole('status')).toContainText('部分匹配');
  expect(requests.filter((p) => p.endsWith('/search-variants.json'))).toHaveLength(0);
  await box(page).fill('公眾號');
  await expect(options(page).first()).toContainText('公众号');
  expect(requests.filter((p) => p.endsWith('/search-variants.json'))).toHaveLength(1);
  await box(page).fill('開發者');
  await expect(options(page).first()).toContainText('开发者');
  expect(requests.filter((p) => p.endsWith('/search-variants.json'))).toHaveLength(1);
});

test('a sample of the relevance table, typed into the real dialog, finds its answer in the top three', async ({ page }) => {
  const { relevanceCases } = await import('../../scripts/search-relevance-cases.ts');
  const sample = relevanceCases.filter((c, i) => ['问句', '数字问题', '同义/简称', '繁体', '同音错字', '无关问题', '类目资质'].includes(c.kind) && i % 3 === 0);
  await page.goto('/');
  await page.keyboard.press('Control+k');
  for (const c of sample) {
    await box(page).fill(c.query);
    if (c.top3 === null) {
      await expect(page.getByRole('dialog').getByRole('status'), c.query).toContainText('没有找到');
      continue;
    }
    await expect(options(page).first(), c.query).toBeVisible();
    await expect.poll(async () => {
      const ids = await options(page).evaluateAll((els) => els.slice(0, 3).map((e) => e.getAttribute('data-href')));
      return ids.includes(c.top3);
    }, { message: c.query }).toBe(true);
  }
});

test('a client\'s business in everyday words: the category per subject type, its documents, the edition and source, linking to its row', async ({ page }) => {
  const { categoryAnchor, qualificationHref } = await import('../../src/lib/qualifications.ts');
  const path = ['出行与交通', '打车（网约车）', '快车'];
  await page.goto('/');
  await page.keyboard.press('Control+k');
  await box(page).fill('网约车 资质');
  const first = options(page).first();
  await expect(first).toContainText('出行与交通 › 打车（网约车） · 非个人主体');
  await expect(first).toContainText('需《网络预约出租汽车经营许可证》');
  await expect(first).toContainText('2018-11-15 版，仅供参考');
  await expect(first).toHaveAttribute('data-href', qualificationHref('enterprise', path));
  await expect(first).toHaveAttribute('data-href', /^\/tools\/categories\/enterprise\/#c-/);
  await expect(page.getByRole('dialog').getByText('也搜索了：打车')).toBeVisible();
  // The card: the documents, the official page and edition, its archived copy and the category's row.
  const card = page.getByRole('region', { name: '答案：资质文件' });
  await expect(card).toContainText('出行与交通 › 打车（网约车） · 非个人主体');
  await expect(card.locator('.search-answer-docs')).toHaveText('《网络预约出租汽车经营许可证》');
  await expect(card).toContainText('小程序开放的服务类目（2018-11-15） · 非个人主体');
  await expect(card.getByRole('link', { name: '来源存档' })).toHaveAttribute('href', /^https:\/\/github\.com\/wepyjs\/weapp-document-tracker\//);
  await expect(card.getByRole('link', { name: '查看类目表' })).toHaveAttribute('href', qualificationHref('enterprise', path));
  // Another subject type, named in the query: the personal table's own category and documents.
  await box(page).fill('个人 能做 律师 吗');
  await expect(first).toContainText('商业服务 › 律师 · 个人主体');
  await expect(first).toContainText('《律师执业资格证》');
  await expect(first).toHaveAttribute('data-href', qualificationHref('personal', ['商业服务', '律师']));
  // Enter opens the subject's page at the category's row.
  await box(page).fill('网约车 资质');
  await expect(first).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL((url) => url.pathname === '/tools/categories/enterprise/' && decodeURIComponent(url.hash) === `#${categoryAnchor(path)}`);
  await expect(page.locator(`[id="${categoryAnchor(path)}"]`)).toBeVisible();
});

test('bad input never freezes the dialog: huge, punctuation, emoji and zero-width input', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Control+k');
  for (const junk of ['体'.repeat(10_000), '！？。，'.repeat(100), '😀'.repeat(500), '\u200b'.repeat(200)]) {
    await box(page).fill(junk);
    await expect(page.getByRole('dialog').getByRole('status')).toContainText(/没有找到|^$/);
  }
  await box(page).fill('体验者');
  await expect(options(page).first()).toBeVisible();
});

test('a homophone slip of the input method finds the word, loading the homophone table only then', async ({ page }) => {
  const requests = watchRequests(page);
  await page.goto('/guide/preparation/');
  await page.keyboard.press('/');
  await box(page).fill('体验者');
  await expect(options(page).first()).toBeVisible();
  expect(requests.filter((p) => p.endsWith('/search-homophones.json'))).toHaveLength(0);
  await box(page).fill('开法者');
  await expect(page.getByRole('dialog').getByText('也搜索了：开发者')).toBeVisible();
  await expect(options(page).first()).toContainText('开发者');
  await box(page).fill('火星探测');
  await expect(page.getByRole('dialog').getByRole('status')).toContainText('没有找到');
  expect(requests.filter((p) => p.endsWith('/search-homophones.json'))).toHaveLength(1);
});

test('the answer card, the synonym note and 部分匹配 are axe-clean at 375 px, light and dark', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto('/guide/registration/?q=' + encodeURIComponent('体验者最多能加多少人'));
  await expect(page.getByRole('region', { name: /^答案/ })).toContainText('10个体验者');
  const card = await page.getByRole('region', { name: /^答案/ }).boundingBox();
  expect(card!.x + card!.width).toBeLessThanOrEqual(375);
  await expectCleanInBothSchemes(page);
  await box(page).fill('打钱 邮箱');
  await expect(page.getByRole('dialog').getByText('也搜索了：汇款、打款')).toBeVisible();
  await expect(page.getByRole('dialog').getByText('部分匹配').first()).toBeVisible();
  await expectCleanInBothSchemes(page);
});

test('a whole question pasted at 375 px: the dialog says the key terms it was read as, and the answer is in the top three', async ({ page }) => {
  const question = '你好，各位大佬，我想问一下，我是学生，今年大二，之前完全不懂这些，想用自己的身份证注册个小程序做课程表给同学们用，不收任何费用，'
    + '请问这样个人可以注册吗？需要交钱吗？要准备什么材料？谢谢大家了，先谢谢了，在线等，挺急的，麻烦看到的朋友回复一下。';
  expect(question.length).toBeGreaterThanOrEqual(120);
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto('/');
  await page.keyboard.press('/');
  await box(page).fill(question);
  await expect(box(page)).toHaveValue(question);
  await expect(page.getByRole('dialog').getByText(/按“学生、身份证、注册、小程序/)).toBeVisible();
  await expect.poll(() => options(page).evaluateAll((els) => els.slice(0, 3).map((e) => e.getAttribute('data-href')))).toContain('/rules/#R6');
});

test('issue 22: a sample of the whole questions of the relevance table, typed into the real dialog, finds its answer in the top three', async ({ page }) => {
  const { relevanceCases } = await import('../../scripts/search-relevance-cases.ts');
  const kinds = ['长问句', '错字', '报错原文', '中英混合', '一问两答', '现行规则'];
  const sample = relevanceCases.filter((c, i) => kinds.includes(c.kind) && c.top3 !== null && i % 4 === 0);
  await page.goto('/');
  await page.keyboard.press('Control+k');
  for (const c of sample) {
    await box(page).fill(c.query);
    await expect.poll(async () => {
      const ids = await options(page).evaluateAll((els) => els.slice(0, 3).map((e) => e.getAttribute('data-href')));
      return ids.includes(c.top3);
    }, { message: c.query }).toBe(true);
  }
});
