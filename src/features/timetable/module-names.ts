import type { Module } from '@/lib/firestore/schemas';

/** "Module 2: System and place-based leadership", or "General reflection". */
export function moduleNamer(modules: (Pick<Module, 'number' | 'title'> & { id: string })[]) {
  return (moduleId: string) => {
    const module = modules.find((m) => m.id === moduleId);
    if (module) return `Module ${module.number}: ${module.title}`;
    return moduleId === 'general' ? 'General reflection' : 'A module';
  };
}
