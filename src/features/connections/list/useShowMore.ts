import { useEffect, useRef } from 'react';

interface NextPage {
  fetchNextPage: () => Promise<{ isError: boolean }>;
  isFetchingNextPage: boolean;
}

/**
 * "Show more" that takes focus to the first row it added (its name's link), so keyboard and
 * screen reader users go on reading where the new rows start; when nothing was added (a failure)
 * focus stays on the button.
 */
export function useShowMore(query: NextPage, count: number) {
  const tableRef = useRef<HTMLDivElement>(null);
  const focusRow = useRef<number | null>(null);

  useEffect(() => {
    const index = focusRow.current;
    if (index === null || count <= index) return;
    focusRow.current = null;
    tableRef.current?.querySelectorAll('tbody tr')[index]?.querySelector<HTMLElement>('a[href]')?.focus();
  }, [count]);

  const showMore = () => {
    if (query.isFetchingNextPage) return;
    focusRow.current = count;
    void query.fetchNextPage().then((result) => {
      if (result.isError) focusRow.current = null;
    });
  };
  return { tableRef, showMore };
}
