import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Delivery } from '../../connections/schema';
import { webhookKeys } from './keys';

/** A mutation that queues a delivery: it joins the top of the endpoint's log, which then polls while it is pending. */
export function useQueueDelivery<Variables extends { id: string }>(send: (variables: Variables) => Promise<Delivery>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: (delivery, { id }) => {
      queryClient.setQueryData<Delivery[]>(webhookKeys.deliveries(id), (log) => (log ? [delivery, ...log.filter((other) => other.id !== delivery.id)] : log));
      void queryClient.invalidateQueries({ queryKey: webhookKeys.deliveries(id) });
    },
  });
}
