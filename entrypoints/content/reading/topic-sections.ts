/**
 * Which block marks each topic within a section of the page (the part under one heading), so the
 * noise budget can mark a topic once per section. A block read again (a DOM change) keeps the
 * topics it marked; a block that left the page gives them up.
 */

/** How far back to look for the heading a block sits under, per level and in all. */
const MAX_SIBLINGS = 200;
const MAX_LEVELS = 4;

export const isHeading = (el: Element): boolean => /^H[1-6]$/.test(el.tagName) || el.getAttribute('role') === 'heading';

/** The heading a block sits under, else its parent: the key of its section. */
export function sectionOf(block: Element): Element {
  let looked = 0;
  let at: Element | null = block;
  for (let level = 0; at && level < MAX_LEVELS; level++, at = at.parentElement) {
    for (let s = at.previousElementSibling; s && looked < MAX_SIBLINGS; s = s.previousElementSibling, looked++) {
      if (isHeading(s)) return s;
      const inner = s.lastElementChild;
      if (inner && isHeading(inner)) return inner;
    }
  }
  return block.parentElement ?? block;
}

export class TopicSections {
  private readonly markers = new WeakMap<Element, Map<string, Element>>();

  /** A function for withinBudget's mayMark: true when `block` is (or becomes) the topic's marker in its section. */
  mayMark(block: Element): (topicId: string) => boolean {
    const key = sectionOf(block);
    let topics = this.markers.get(key);
    if (!topics) this.markers.set(key, (topics = new Map()));
    const section = topics;
    return (topicId) => {
      const marker = section.get(topicId);
      if (marker && marker !== block && marker.isConnected) return false;
      section.set(topicId, block);
      return true;
    };
  }
}
