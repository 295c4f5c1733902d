import { useMutation, useQueryClient } from '@tanstack/react-query';
import { contractRequest } from './contractRequest';
import { connectionKeys } from './keys';

export function resetDemo(): Promise<void> {
  return contractRequest('/api/demo/reset', { method: 'POST' });
}

/** Puts the demo data back as it was at the start, then refetches everything. */
export function useResetDemo() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => resetDemo(),
    retry: false,
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: connectionKeys.details() });
      return queryClient.invalidateQueries();
    },
  });
}
