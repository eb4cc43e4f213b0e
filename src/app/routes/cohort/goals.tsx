import { ComingSoon } from '@/components/ui/coming-soon';

export function Component() {
  return (
    <ComingSoon
      title="Goals"
      purpose="Here you will find the goals you set in your call with the programme director, and record how they are going after each module."
    />
  );
}
