/**
 * The few DOM shapes HTML reading uses. The project compiles without the DOM library, and
 * linkedom's and Readability's declarations name DOM types, so reading goes through these.
 */

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

export interface DomNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly textContent: string | null;
  readonly childNodes: ArrayLike<DomNode>;
}

export interface DomElement extends DomNode {
  readonly tagName: string;
  getAttribute(name: string): string | null;
}

export interface DomDocument {
  readonly documentElement: DomNode | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}

export function isElement(node: DomNode): node is DomElement {
  return node.nodeType === ELEMENT_NODE;
}

/** How deep elements nest under `root`, counted without recursion (a page can nest thousands). */
export function measureNesting(root: DomNode | null, stopAt: number): number {
  if (root === null) return 0;
  let deepest = 0;
  const stack: [DomNode, number][] = [[root, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop() ?? [root, 0];
    if (depth > deepest) deepest = depth;
    if (deepest >= stopAt) return deepest;
    for (let index = 0; index < node.childNodes.length; index++) {
      const child = node.childNodes[index];
      if (child !== undefined && isElement(child)) stack.push([child, depth + 1]);
    }
  }
  return deepest;
}
