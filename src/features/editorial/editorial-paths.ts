/** The back office's addresses for drafts. */
export function draftPath(id: number, page: string | null = null): string {
  return page ? `/admin/drafts/${id}/${page}` : `/admin/drafts/${id}`;
}
