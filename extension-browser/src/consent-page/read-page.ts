/**
 * Reading the permissions a consent page lists: checkboxes with their labels (Google's granular consent)
 * and list items (Microsoft's and GitHub's lists). The page is untrusted input, so the reading is
 * bounded everywhere: at most `maxElements` elements are visited (iteratively, no recursion a deep tree
 * could overflow), at most `maxItems` items kept, each item's text read through at most
 * `maxTextNodes` text nodes and `maxItemChars` characters (never `textContent` of a whole subtree,
 * which a hostile page can make megabytes long). What is hidden (the `hidden` attribute, `aria-hidden`,
 * `inert`, script/style/template, anything the browser says is not rendered) is not read, so text a page
 * hides with CSS does not count as listed; navigation, header and footer landmarks are skipped too.
 * Written against the few DOM members it uses, so unit tests can hand it a small tree of plain objects;
 * the content script hands it the real document. The result never leaves the tab.
 */

/** The DOM members the reader uses (a real Element satisfies it). */
export interface ReadableElement {
  readonly localName: string;
  readonly firstElementChild: ReadableElement | null;
  readonly nextElementSibling: ReadableElement | null;
  readonly parentElement: ReadableElement | null;
  readonly childNodes: ArrayLike<ReadableNode>;
  getAttribute(name: string): string | null;
  /** Native inputs only. */
  readonly checked?: boolean;
  readonly type?: string;
  readonly labels?: ArrayLike<ReadableElement> | null;
}

export interface ReadableNode {
  /** 1 = element, 3 = text. */
  readonly nodeType: number;
  readonly nodeValue: string | null;
}

export interface PageReadingLimits {
  maxElements: number;
  maxItems: number;
  maxItemChars: number;
  maxTextNodes: number;
}

export const PAGE_READING_LIMITS: Readonly<PageReadingLimits> = Object.freeze({ maxElements: 5000, maxItems: 60, maxItemChars: 300, maxTextNodes: 60 });

export interface PageItem {
  /** Whitespace-collapsed, at most maxItemChars. Display-free: it is only compared, never sent. */
  text: string;
  /** A checkbox's state; undefined for a plain list item (listed = granted). */
  checked?: boolean;
}

export interface PageReading {
  items: PageItem[];
  /** A cap was reached: the page may list more than was read. */
  truncated: boolean;
}

export interface ReadOptions {
  limits?: PageReadingLimits;
  /** Whether the browser renders the element (Element.checkVisibility); absent = trust the markup checks. */
  isVisible?: (element: ReadableElement) => boolean;
  /** Resolves aria-labelledby ids (document.getElementById). */
  byId?: (id: string) => ReadableElement | null;
}

const SKIPPED_TAGS = new Set(['script', 'style', 'template', 'noscript', 'svg', 'canvas', 'iframe', 'object', 'nav', 'header', 'footer', 'secret-hygiene-banner']);
const SKIPPED_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'presentation', 'none']);

function isSkipped(el: ReadableElement): boolean {
  if (SKIPPED_TAGS.has(el.localName)) return true;
  if (el.getAttribute('hidden') !== null || el.getAttribute('inert') !== null) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  const role = el.getAttribute('role');
  return role !== null && SKIPPED_ROLES.has(role);
}

function isCheckbox(el: ReadableElement): boolean {
  if (el.localName === 'input') return (el.type ?? el.getAttribute('type') ?? '').toLowerCase() === 'checkbox';
  const role = el.getAttribute('role');
  return role === 'checkbox' || role === 'switch' || role === 'menuitemcheckbox';
}

function isListItem(el: ReadableElement): boolean {
  return el.localName === 'li' || el.getAttribute('role') === 'listitem';
}

function checkedState(el: ReadableElement): boolean {
  if (el.localName === 'input') return el.checked === true;
  const state = el.getAttribute('aria-checked');
  return state === 'true' || state === 'mixed';
}

/** Text of an element's visible subtree, bounded by characters and text nodes; whitespace collapsed. */
export function boundedText(root: ReadableElement, options: ReadOptions = {}): string {
  const limits = options.limits ?? PAGE_READING_LIMITS;
  let text = '';
  let textNodes = 0;
  // An explicit stack of child lists: no recursion, and the walk stops at the first cap.
  const stack: { nodes: ArrayLike<ReadableNode>; index: number }[] = [{ nodes: root.childNodes, index: 0 }];
  let steps = 0;
  while (stack.length && text.length < limits.maxItemChars && textNodes < limits.maxTextNodes && steps++ < limits.maxElements) {
    const top = stack[stack.length - 1]!;
    if (top.index >= top.nodes.length) {
      stack.pop();
      continue;
    }
    const node = top.nodes[top.index++]!;
    if (node.nodeType === 3) {
      textNodes++;
      text += ` ${(node.nodeValue ?? '').slice(0, limits.maxItemChars)}`;
    } else if (node.nodeType === 1) {
      const el = node as unknown as ReadableElement;
      if (isSkipped(el) || (options.isVisible && !options.isVisible(el))) continue;
      if (stack.length < 64) stack.push({ nodes: el.childNodes, index: 0 });
    }
  }
  return text.replace(/\s+/g, ' ').trim().slice(0, limits.maxItemChars);
}

function attributeText(value: string | null, limits: PageReadingLimits): string {
  return (value ?? '').slice(0, limits.maxItemChars).replace(/\s+/g, ' ').trim();
}

/** The words that label a checkbox: aria-labelledby, aria-label, its <label>, else its row. */
function checkboxLabel(box: ReadableElement, options: ReadOptions, limits: PageReadingLimits): { text: string; holder: ReadableElement } {
  const ids = (box.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean).slice(0, 4);
  if (ids.length && options.byId) {
    const parts = ids.map((id) => options.byId!(id)).filter((el): el is ReadableElement => !!el);
    const text = parts.map((el) => boundedText(el, options)).join(' ').trim();
    if (text) return { text: text.slice(0, limits.maxItemChars), holder: parts[0]! };
  }
  const aria = attributeText(box.getAttribute('aria-label'), limits);
  if (aria) return { text: aria, holder: box };
  const label = box.labels?.[0];
  if (label) {
    const text = boundedText(label, options);
    if (text) return { text, holder: label };
  }
  const own = box.localName === 'input' ? '' : boundedText(box, options);
  if (own) return { text: own, holder: box };
  let row = box.parentElement;
  for (let up = 0; row && up < 4; up++, row = row.parentElement) {
    const text = boundedText(row, options);
    if (text) return { text, holder: row };
  }
  return { text: '', holder: box };
}

/** Reads the permission items under `root` (the document's body). */
export function readPermissionItems(root: ReadableElement, options: ReadOptions = {}): PageReading {
  const limits = options.limits ?? PAGE_READING_LIMITS;
  const items: PageItem[] = [];
  let truncated = false;
  /** List items still open on the way down; one that holds a checkbox or another item is not itself an item. */
  const open: { el: ReadableElement; holdsItem: boolean }[] = [];
  const emit = (item: PageItem) => {
    for (const entry of open) entry.holdsItem = true;
    if (!item.text) return;
    if (items.length >= limits.maxItems) truncated = true;
    else items.push(item);
  };
  const leave = (el: ReadableElement) => {
    const top = open[open.length - 1];
    if (top?.el !== el) return;
    open.pop();
    if (top.holdsItem) return;
    // Full: say so, without reading what would not be kept.
    if (items.length >= limits.maxItems) return void (truncated = true);
    if (options.isVisible && !options.isVisible(el)) return;
    emit({ text: boundedText(el, options) });
  };

  let visited = 0;
  let node: ReadableElement | null = root.firstElementChild;
  walk: while (node) {
    if (++visited > limits.maxElements) {
      truncated = true;
      break;
    }
    let descend = !isSkipped(node);
    if (descend && isCheckbox(node)) {
      if (items.length >= limits.maxItems) truncated = true;
      else {
        const { text, holder } = checkboxLabel(node, options, limits);
        if (!options.isVisible || options.isVisible(holder)) emit({ text, checked: checkedState(node) });
      }
      for (const entry of open) entry.holdsItem = true;
      descend = false;
    } else if (descend && isListItem(node)) {
      open.push({ el: node, holdsItem: false });
    }
    const child: ReadableElement | null = descend ? node.firstElementChild : null;
    if (child) {
      node = child;
      continue;
    }
    // Climb until a sibling is found, leaving each finished element.
    let current: ReadableElement | null = node;
    while (current && current !== root) {
      leave(current);
      if (current.nextElementSibling) {
        node = current.nextElementSibling;
        continue walk;
      }
      current = current.parentElement;
    }
    break;
  }
  return { items, truncated };
}
