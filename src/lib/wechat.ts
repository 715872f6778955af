// WeChat's own browser (the page opened from a chat) blocks file downloads and print; such readers
// are offered copying and "open in the browser" instead. Known from the user agent alone.
export const isWeChat = (userAgent: string): boolean => /MicroMessenger/i.test(userAgent);

/** How to leave WeChat's browser for the system one, in the words of its menu. */
export const openInBrowserHint = '点右上角 ··· 选择「在浏览器中打开」';
