// A small helper for building DOM elements, because Framework's `html` built-in loads htl from a CDN.

type Child = Node | string | null | undefined | false;

/** Creates an element with attributes and children; strings become text nodes, and null, undefined and false are skipped. */
export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  children: Child[] = []
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    node.setAttribute(name, value);
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child);
  }
  return node;
}
