import { ComingSoon } from '@/components/ui/coming-soon';

export function Component() {
  return (
    <ComingSoon
      title="Pre-reading"
      purpose="Here you will find the pre-reading for each module, mark what you have read and note a takeaway."
    />
  );
}
