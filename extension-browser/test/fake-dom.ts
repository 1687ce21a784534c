/**
 * A few plain objects with the DOM members the consent-page reader uses (src/consent-page/read-page.ts),
 * so its bounds and its handling of hostile markup can be tested in Node; the e2e runs it on real pages.
 */
import type { ReadableElement } from '../src/consent-page/read-page.js';

export class FakeText {
  readonly nodeType = 3;
  constructor(readonly nodeValue: string) {}
}

export class FakeElement implements ReadableElement {
  readonly nodeType = 1;
  readonly nodeValue = null;
  parentElement: FakeElement | null = null;
  nextElementSibling: FakeElement | null = null;
  firstElementChild: FakeElement | null = null;
  private lastElementChild: FakeElement | null = null;
  readonly childNodes: (FakeElement | FakeText)[] = [];
  checked?: boolean;
  type?: string;
  labels?: FakeElement[];

  constructor(
    readonly localName: string,
    readonly attributes: Record<string, string> = {},
  ) {
    if (localName === 'input') this.type = attributes.type ?? 'text';
    if ('checked' in attributes) this.checked = true;
  }

  getAttribute(name: string): string | null {
    return name in this.attributes ? this.attributes[name]! : null;
  }

  append(...children: (FakeElement | string)[]): this {
    for (const child of children) {
      if (typeof child === 'string') {
        this.childNodes.push(new FakeText(child));
        continue;
      }
      child.parentElement = this;
      this.childNodes.push(child);
      if (this.lastElementChild) this.lastElementChild.nextElementSibling = child;
      else this.firstElementChild = child;
      this.lastElementChild = child;
    }
    return this;
  }
}

export function el(tag: string, attributes: Record<string, string> = {}, ...children: (FakeElement | string)[]): FakeElement {
  return new FakeElement(tag, attributes).append(...children);
}

/** A checkbox with a <label> (the label's `labels` link is set as the DOM would). */
export function labelledBox(text: string, checked: boolean): FakeElement {
  const box = el('input', { type: 'checkbox', ...(checked ? { checked: '' } : {}) });
  const label = el('label', {}, text);
  box.labels = [label];
  return el('li', {}, box, label);
}

/** document.getElementById over a fake tree (bounded walk). */
export function byIdIn(root: FakeElement): (id: string) => FakeElement | null {
  return (id) => {
    const stack = [root];
    while (stack.length) {
      const node = stack.pop()!;
      if (node.getAttribute('id') === id) return node;
      for (const child of node.childNodes) if (child instanceof FakeElement) stack.push(child);
    }
    return null;
  };
}
