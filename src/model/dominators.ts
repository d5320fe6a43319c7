/**
 * Immediate dominators of a directed graph given as successor lists over nodes 0..n-1, from node 0 (Cooper, Harvey
 * and Kennedy, "A Simple, Fast Dominance Algorithm"). Node d dominates v when every path from 0 to v passes through
 * d, so taking d away makes exactly the nodes it dominates unreachable: one pass answers "what leaves with this?"
 * for every node at once, where a walk per question would be quadratic.
 *
 * Returns idom[v] for each node: -1 for nodes not reachable from 0, 0 for node 0 itself.
 */
export function immediateDominators(successors: readonly (readonly number[])[]): Int32Array {
  const n = successors.length;
  const idom = new Int32Array(n).fill(-1);
  if (n === 0) return idom;

  // Reverse postorder by an explicit-stack depth-first search (deep lock graphs must not overflow the call stack).
  const postorder = new Int32Array(n).fill(-1);
  const order: number[] = [];
  const visited = new Uint8Array(n);
  const stack: number[] = [0];
  const nextChild: number[] = [0];
  visited[0] = 1;
  while (stack.length > 0) {
    const top = stack.length - 1;
    const node = stack[top]!;
    const children = successors[node]!;
    const i = nextChild[top]!;
    if (i < children.length) {
      nextChild[top] = i + 1;
      const child = children[i]!;
      if (!visited[child]) {
        visited[child] = 1;
        stack.push(child);
        nextChild.push(0);
      }
    } else {
      postorder[node] = order.length;
      order.push(node);
      stack.pop();
      nextChild.pop();
    }
  }

  const predecessors: number[][] = Array.from({ length: n }, () => []);
  for (let v = 0; v < n; v++) {
    if (!visited[v]) continue;
    for (const w of successors[v]!) predecessors[w]!.push(v);
  }

  const intersect = (a: number, b: number): number => {
    while (a !== b) {
      while (postorder[a]! < postorder[b]!) a = idom[a]!;
      while (postorder[b]! < postorder[a]!) b = idom[b]!;
    }
    return a;
  };

  idom[0] = 0;
  for (let changed = true; changed; ) {
    changed = false;
    for (let k = order.length - 2; k >= 0; k--) {
      const v = order[k]!;
      let candidate = -1;
      for (const p of predecessors[v]!) {
        if (idom[p] === -1) continue;
        candidate = candidate === -1 ? p : intersect(p, candidate);
      }
      if (candidate !== -1 && idom[v] !== candidate) {
        idom[v] = candidate;
        changed = true;
      }
    }
  }
  return idom;
}
