import { ComingSoon } from '@/components/ui/coming-soon';

export function Component() {
  return (
    <ComingSoon
      title="Journal"
      purpose="Here you will keep a reflective journal for each module, and choose for each entry who may read it."
    />
  );
}
