/** A page's translator (`loadWorkspacePage`'s `t`, or `getTranslations(namespace)`). */
type Translate = (key: string, values?: Record<string, string | number>) => string;

/**
 * The words of a paginated list's `<Pagination>`, from the keys `pagination`, `pageOf`, `previous`
 * and `next` of the page's namespace (under `prefix`, such as `'table.'`):
 * `<Pagination page={page} pages={pages} href={…} {...paginationWords(t, page, pages, 'table.')} />`.
 */
export function paginationWords(t: Translate, page: number, pages: number, prefix = '') {
  return {
    label: t(`${prefix}pagination`),
    status: t(`${prefix}pageOf`, { page, pages }),
    previous: t(`${prefix}previous`),
    next: t(`${prefix}next`),
  };
}
