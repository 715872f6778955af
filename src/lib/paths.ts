// Internal links are written site-relative ("/guide/registration/") and prefixed with the deploy base.
export function withBase(base: string, path: string): string {
  return base.replace(/\/+$/, '') + (path.startsWith('/') ? path : `/${path}`);
}
