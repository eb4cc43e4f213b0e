import { useQuery } from '@tanstack/react-query';
import { queryClient } from '@/lib/query-client';

/**
 * A person's calendar feed address lives in the functions alone (decision 0034): the rules deny
 * every client read of it, and the address itself is shown once, when it is made.
 */
export const calendarFeedKeys = {
  address: (uid: string) => ['calendar-feed', uid] as const,
};

type AddressStatus = { createdAt: string | null };
type Request = { action: 'status' | 'make' | 'revoke' };

async function call<Response>(data: Request): Promise<Response> {
  const { callable } = await import('@/lib/firebase/functions');
  return (await callable<Request, Response>('calendarAddress')(data)).data;
}

/** When the person's current address was made, or null if they have none. */
export function useCalendarAddressStatus(uid: string) {
  return useQuery({
    queryKey: calendarFeedKeys.address(uid),
    queryFn: async () => {
      const { createdAt } = await call<AddressStatus>({ action: 'status' });
      return createdAt ? new Date(createdAt) : null;
    },
  });
}

/** A new address; any earlier one stops working in the same moment. */
export async function makeCalendarAddress(uid: string): Promise<string> {
  const { url } = await call<{ url: string }>({ action: 'make' });
  queryClient.setQueryData(calendarFeedKeys.address(uid), new Date());
  return url;
}

export async function turnOffCalendarAddress(uid: string): Promise<void> {
  await call<AddressStatus>({ action: 'revoke' });
  queryClient.setQueryData(calendarFeedKeys.address(uid), null);
}

/** Where each calendar app subscribes: webcal:// asks the device's calendar to subscribe. */
export function subscribeLinks(address: string) {
  const webcal = address.replace(/^https?:\/\//, 'webcal://');
  const name = 'Collaborative leadership programme';
  return {
    outlook: `https://outlook.office.com/calendar/0/addfromweb?url=${encodeURIComponent(address)}&name=${encodeURIComponent(name)}`,
    google: `https://calendar.google.com/calendar/render?cid=${encodeURIComponent(webcal)}`,
    webcal,
  };
}
