/** A parsed page as the extraction reads it: linkedom's nodes, typed as much as these modules need, and their text. */

export interface DomNode {
  nodeType: number;
  nodeName: string;
  parentNode: DomNode | null;
  childNodes: ArrayLike<DomNode>;
  textContent: string | null;
  previousSibling: DomNode | null;
  nextSibling: DomNode | null;
}
export interface DomElement extends DomNode {
  tagName: string;
  children: ArrayLike<DomElement>;
  previousElementSibling: DomElement | null;
  insertBefore(node: DomNode, before: DomNode | null): DomNode;
  ownerDocument: { createTextNode(text: string): DomNode };
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  querySelector(sel: string): DomElement | null;
  querySelectorAll(sel: string): ArrayLike<DomElement>;
  remove(): void;
  isConnected: boolean;
  contains(other: DomNode): boolean;
  className: string;
  id: string;
}
export interface DomDocument {
  documentElement: DomElement;
  body: DomElement | null;
  title: string;
  querySelector(sel: string): DomElement | null;
  querySelectorAll(sel: string): ArrayLike<DomElement>;
}

/** Text with its runs of white space (no-break spaces included) made one space and trimmed; nothing left is undefined. */
export function clean(s: string | null | undefined): string | undefined {
  if (s == null) return undefined;
  const t = s.replace(/[\s\u00a0]+/g, " ").trim();
  return t === "" ? undefined : t;
}

/** An element's text with a space between its elements' texts: `<span>Name</span><span>Reporter</span>`. */
export function spacedText(el: DomElement): string | undefined {
  const parts: string[] = [];
  const walk = (n: DomNode) => {
    if (n.nodeType === 3) parts.push(n.textContent ?? "");
    else for (let i = 0; i < n.childNodes.length; i++) walk(n.childNodes[i]);
    if (n.nodeType === 1) parts.push(" ");
  };
  walk(el);
  return clean(parts.join(""));
}
