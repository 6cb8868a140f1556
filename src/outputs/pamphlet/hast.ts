// The few tree operations the offline formats need on the built pamphlet (hast, as hast-util-from-html reads it).
import type { Element, ElementContent, Root, RootContent, Text } from 'hast';
import { toString } from 'hast-util-to-string';

export type Node = Root | RootContent;
export type Parent = Root | Element;

export const isElement = (node: unknown, tag?: string): node is Element =>
  typeof node === 'object' && node !== null && (node as Node).type === 'element' && (!tag || (node as Element).tagName === tag);

/** The element's classes, as written. */
export const classesOf = (node: Element): string[] => [node.properties.className ?? []].flat().map(String);
export const hasClass = (node: unknown, name: string): boolean => isElement(node) && classesOf(node).includes(name);

export const text = (value: string): Text => ({ type: 'text', value });

/** Depth-first visit of every element under (and including) `node`, with its parent. */
export function eachElement(node: Node, fn: (element: Element, parent: Parent | undefined) => void, parent?: Parent): void {
  if (isElement(node)) fn(node, parent);
  if (node.type === 'root' || isElement(node)) for (const child of node.children) eachElement(child, fn, node);
}

/** Remove the nodes `drop` picks, anywhere under `node`. */
export function prune(node: Node, drop: (node: Node) => boolean): void {
  if (!('children' in node)) return;
  node.children = (node.children as Node[]).filter((c) => !drop(c)) as ElementContent[];
  node.children.forEach((c) => prune(c, drop));
}

/** Text as read: a line break counts as a space, runs of space are one. */
export function textOf(node: Node): string {
  const spaced = (n: Node): Node => (isElement(n, 'br') ? text(' ') : 'children' in n ? ({ ...n, children: n.children.map(spaced) } as Node) : n);
  return toString(spaced(node)).replace(/\s+/g, ' ').trim();
}
