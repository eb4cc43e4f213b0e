import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import type { Direction, QueryShape } from '../../firestore/index-check';

// The functions and scripts build their queries with the Admin SDK's chains
// (`db.collection('x').where(…).orderBy(…)`). They are read here from the source itself, so a query
// added there is checked without anyone listing it. What cannot be read as literals is returned as
// unseen, with the reason, so the test can say so instead of passing it by.

export type Unseen = { readonly source: string; readonly reason: string };

const CHAIN = new Set([
  'where',
  'orderBy',
  'limit',
  'limitToLast',
  'offset',
  'startAt',
  'startAfter',
  'endAt',
  'endBefore',
  'select',
]);
const SHAPING = new Set(['where', 'orderBy']);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(path);
    return /\.(ts|mts|mjs)$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) ? [path] : [];
  });
}

/** A string the code spells out: a literal, or a `const` in the same file set to one. */
function literal(node: ts.Expression | undefined, file: ts.SourceFile): string | undefined {
  if (!node) return undefined;
  if (ts.isStringLiteralLike(node)) return node.text;
  if (ts.isIdentifier(node)) {
    let found: string | undefined;
    const visit = (n: ts.Node) => {
      if (
        ts.isVariableDeclaration(n) &&
        ts.isIdentifier(n.name) &&
        n.name.text === node.text &&
        n.initializer &&
        ts.isStringLiteralLike(n.initializer) &&
        ts.isVariableDeclarationList(n.parent) &&
        (n.parent.flags & ts.NodeFlags.Const) !== 0
      ) {
        found = n.initializer.text;
      }
      ts.forEachChild(n, visit);
    };
    visit(file);
    return found;
  }
  return undefined;
}

/** The collection id a path names: its last segment, when that is written out. */
function collectionId(node: ts.Expression | undefined, file: ts.SourceFile): string | undefined {
  if (node && ts.isTemplateExpression(node)) {
    const tail = node.templateSpans.at(-1)?.literal.text ?? '';
    const id = tail.split('/').at(-1);
    return tail.includes('/') && id ? id : undefined;
  }
  return literal(node, file)?.split('/').at(-1) || undefined;
}

const methodOf = (node: ts.Node) =>
  ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)
    ? node.expression.name.text
    : undefined;

export function adminQueries(root: string, dirs: readonly string[]) {
  const shapes: QueryShape[] = [];
  const unseen: Unseen[] = [];

  for (const path of dirs.flatMap((dir) => sourceFiles(join(root, dir)))) {
    const text = readFileSync(path, 'utf8');
    const file = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node) => {
      const method = methodOf(node);
      const parent = node.parent;
      const outermost = !(
        parent &&
        ts.isPropertyAccessExpression(parent) &&
        CHAIN.has(parent.name.text) &&
        parent.parent &&
        ts.isCallExpression(parent.parent)
      );
      if (method && CHAIN.has(method) && outermost) read(node as ts.CallExpression);
      ts.forEachChild(node, visit);
    };
    const read = (outer: ts.CallExpression) => {
      const where = `${relative(root, path)}:${file.getLineAndCharacterOfPosition(outer.getStart()).line + 1}`;
      const links: ts.CallExpression[] = [];
      let node: ts.Expression = outer;
      while (ts.isCallExpression(node) && CHAIN.has(methodOf(node) ?? '')) {
        links.unshift(node);
        node = (node.expression as ts.PropertyAccessExpression).expression;
      }
      if (!links.some((link) => SHAPING.has(methodOf(link) ?? ''))) return;
      const base = methodOf(node);
      if (!ts.isCallExpression(node) || (base !== 'collection' && base !== 'collectionGroup')) {
        unseen.push({ source: where, reason: `built on \`${node.getText()}\`, not a collection` });
        return;
      }
      const id = collectionId(node.arguments[0], file);
      if (!id) {
        unseen.push({
          source: where,
          reason: `collection \`${node.arguments[0]?.getText()}\` is not written out`,
        });
        return;
      }
      const filters: { field: string; op: string }[] = [];
      const orders: { field: string; direction: Direction }[] = [];
      for (const link of links) {
        const [first, second] = link.arguments;
        if (methodOf(link) === 'where') {
          const field = literal(first, file);
          const op = literal(second, file);
          if (!field || !op) {
            unseen.push({
              source: where,
              reason: `filter \`${link.arguments.map((a) => a.getText()).join(', ')}\` is not written out`,
            });
            return;
          }
          filters.push({ field, op });
        } else if (methodOf(link) === 'orderBy') {
          const field = literal(first, file);
          const direction = second ? literal(second, file) : 'asc';
          if (!field || (direction !== 'asc' && direction !== 'desc')) {
            unseen.push({
              source: where,
              reason: `order \`${link.arguments.map((a) => a.getText()).join(', ')}\` is not written out`,
            });
            return;
          }
          orders.push({ field, direction });
        }
      }
      shapes.push({
        source: where,
        collectionId: id,
        scope: base === 'collectionGroup' ? 'COLLECTION_GROUP' : 'COLLECTION',
        filters,
        orders,
      });
    };
    visit(file);
  }
  return { shapes, unseen };
}
