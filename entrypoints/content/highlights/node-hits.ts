import type { OwnerRecord, PageHit } from './page-hit';

interface NodeHit {
  hit: PageHit;
  from: number;
  to: number;
}

/**
 * The mentions in each text node, for hit-testing under the pointer. A Map, not a WeakMap: weak keys
 * for thousands of text nodes slow every garbage collection, and entries are dropped with their
 * block (MentionIndex.clearOwner, sweepDetached) anyway.
 */
export class NodeHits {
  private readonly byNode = new Map<Text, NodeHit[]>();

  /** `hit` covers [from, to) of `node`; a node seen for the first time joins `record.nodes`. */
  add(record: OwnerRecord, node: Text, hit: PageHit, from: number, to: number): void {
    let list = this.byNode.get(node);
    if (!list) {
      this.byNode.set(node, (list = []));
      record.nodes.push(node);
    }
    list.push({ hit, from, to });
  }

  drop(record: OwnerRecord): void {
    for (const node of record.nodes) this.byNode.delete(node);
  }

  at(node: Text, offset: number): PageHit[] {
    const list = this.byNode.get(node);
    if (!list) return [];
    return list.filter((n) => n.from <= offset && offset <= n.to).map((n) => n.hit);
  }
}
