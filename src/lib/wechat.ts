// WeChat's own browser (the page opened from a chat) usually blocks file downloads and print (it varies
// by platform and version, so the site says 通常); such readers are offered copying and "open in the
// browser" instead. Known from the user agent alone.
export const isWeChat = (userAgent: string): boolean => /MicroMessenger/i.test(userAgent);

/** How to leave WeChat's browser for the system one; the menu item's wording differs by platform, so it is not quoted. */
export const openInBrowserHint = '点右上角 ··· 选择在浏览器（iPhone 上为 Safari）中打开';
