import expressionParser from 'docxtemplater/expressions.js';
import { templateFilterFunctions } from '../../../src-shared/templates';

interface AstNode {
  type: string;
  name?: string;
  computed?: boolean;
  object?: AstNode;
  property?: AstNode;
  callee?: AstNode;
  filter?: boolean;
  arguments?: AstNode[];
  body?: AstNode[];
  expression?: AstNode;
  left?: AstNode;
  right?: AstNode;
  test?: AstNode;
  consequent?: AstNode;
  alternate?: AstNode;
  argument?: AstNode;
  elements?: AstNode[];
  properties?: { value?: AstNode }[];
}

/** `a.b.c` for a chain of plain member accesses; the part before a computed access otherwise. */
function memberPath(node: AstNode): string | undefined {
  if (node.type === 'Identifier') return node.name;
  if (node.type === 'MemberExpression' && node.object) {
    const base = memberPath(node.object);
    if (base === undefined) return undefined;
    if (node.computed || node.property?.type !== 'Identifier') return base;
    return `${base}.${node.property.name ?? ''}`;
  }
  return undefined;
}

function collect(node: AstNode | undefined, out: string[]): void {
  if (!node) return;
  const path = memberPath(node);
  if (path !== undefined) {
    out.push(path);
    // Computed accesses (`liste[i]`) read the index expression too.
    if (node.type === 'MemberExpression' && node.computed) collect(node.property, out);
    return;
  }
  if (node.type === 'FilterExpression' || (node.type === 'CallExpression' && node.filter)) {
    for (const arg of node.arguments ?? []) collect(arg, out);
    return;
  }
  for (const child of [
    node.expression,
    node.callee,
    node.object,
    node.left,
    node.right,
    node.test,
    node.consequent,
    node.alternate,
    node.argument,
  ]) {
    collect(child, out);
  }
  for (const list of [node.body, node.arguments, node.elements])
    for (const child of list ?? []) collect(child, out);
  for (const property of node.properties ?? []) collect(property.value, out);
}

/**
 * The data paths an expression reads, e.g. `mandant.name` for `{mandant.name | gross}`; `this` and `.`
 * read the current loop entry and yield nothing. Undefined when the expression does not compile.
 */
export function expressionPaths(tag: string): string[] | undefined {
  const source = tag.trim() === '.' ? 'this' : tag;
  let ast: AstNode;
  try {
    ast = (expressionParser as unknown as { compile: (s: string, o: object) => { ast: AstNode } }).compile(
      source,
      {
        filters: templateFilterFunctions,
      },
    ).ast;
  } catch {
    return undefined;
  }
  const out: string[] = [];
  collect(ast, out);
  return [...new Set(out)];
}

/** True when the tag is exactly one data path, so it can be evaluated as a condition. */
export function singlePath(tag: string): string | undefined {
  const trimmed = tag.trim();
  return /^[\p{L}_$][\p{L}\p{N}_$]*(?:\.[\p{L}_$][\p{L}\p{N}_$]*)*$/u.test(trimmed) ? trimmed : undefined;
}
