/** Disjoint sets over numeric ids; the representative of a set is its smallest id. */
export class UnionFind {
  private readonly parent = new Map<number, number>();

  find(x: number): number {
    let root = x;
    while (this.parent.has(root) && this.parent.get(root) !== root) root = this.parent.get(root)!;
    // Path compression.
    let cur = x;
    while (cur !== root) {
      const next = this.parent.get(cur) ?? root;
      this.parent.set(cur, root);
      cur = next;
    }
    return root;
  }

  union(a: number, b: number): number {
    const [ra, rb] = [this.find(a), this.find(b)];
    if (ra === rb) return ra;
    const [small, big] = ra < rb ? [ra, rb] : [rb, ra];
    this.parent.set(big, small);
    this.parent.set(small, small);
    return small;
  }
}
