import { fileURLToPath } from 'node:url';

type ModuleGraph = {
  getModuleInfo(id: string): { importedIds: readonly string[] } | null;
};

const source = (file: string) => fileURLToPath(new URL(`../../src/${file}`, import.meta.url));

const entry = source('main.tsx');
const signIn = source('app/routes/sign-in.tsx');
const dashboardRoutes = [
  source('app/routes/with-queries.tsx'),
  source('app/routes/cohort/layout.tsx'),
  source('app/routes/cohort/dashboard.tsx'),
];

function staticallyReached(graph: ModuleGraph, from: readonly string[]): Set<string> {
  const reached = new Set<string>();
  const waiting = [...from];
  for (let id = waiting.pop(); id !== undefined; id = waiting.pop()) {
    if (reached.has(id)) continue;
    const info = graph.getModuleInfo(id);
    if (!info) continue;
    reached.add(id);
    waiting.push(...info.importedIds);
  }
  return reached;
}

/**
 * Split at every module boundary, the dashboard's first view arrived as some forty small chunks,
 * and the browser's own work on each (fetch, parse, link) cost more than their code (decision
 * 0036). The modules it needs that the sign-in page does not go into one chunk; whatever the
 * entry or the sign-in page imports stays where it was, so the sign-in page downloads nothing more.
 */
export function dashboardChunk() {
  let members: Set<string> | undefined;
  return {
    debugName: 'dashboard',
    // Its dependencies that the entry already loads stay in the entry's chunks.
    includeDependenciesRecursively: false,
    name: (id: string, graph: ModuleGraph) => {
      if (!members) {
        const stays = staticallyReached(graph, [entry, signIn]);
        dashboardRoutes.forEach((route) => stays.add(route));
        members = new Set(
          [...staticallyReached(graph, dashboardRoutes)].filter((m) => !stays.has(m)),
        );
      }
      return members.has(id) ? 'dashboard' : null;
    },
  };
}
