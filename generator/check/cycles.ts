/**
 * Cycles of a directed graph (groups that include each other, shapes that contain each other), found
 * by a depth-first walk kept on an explicit stack: a long chain of names cannot overflow the call stack.
 */
export interface Step<E> {
  from: string;
  edge: E;
}

export interface GraphWalk<E> {
  /** Each cycle once, as the steps from the node where the walk met it back to that node. */
  cycles: Step<E>[][];
  /** The nodes whose walk went deeper than `maxDepth` (each reported once, not walked further). */
  tooDeep: { node: string; path: Step<E>[] }[];
}

export function walkGraph<E>(starts: Iterable<string>, edgesOf: (node: string) => readonly { to: string; edge: E }[], maxDepth = Infinity): GraphWalk<E> {
  const state = new Map<string, "visiting" | "done">();
  const cycles: Step<E>[][] = [];
  const tooDeep: GraphWalk<E>["tooDeep"] = [];
  for (const start of starts) {
    if (state.has(start)) continue;
    const frames = [{ node: start, edges: edgesOf(start), next: 0 }];
    state.set(start, "visiting");
    while (frames.length > 0) {
      const frame = frames[frames.length - 1]!;
      if (frame.next === frame.edges.length) {
        state.set(frame.node, "done");
        frames.pop();
        continue;
      }
      const { to, edge } = frame.edges[frame.next++]!;
      const seen = state.get(to);
      const steps = () => frames.map((f) => ({ from: f.node, edge: f.edges[f.next - 1]!.edge }));
      if (seen === "visiting") cycles.push(steps().slice(frames.findIndex((f) => f.node === to)));
      else if (seen === undefined) {
        if (frames.length >= maxDepth) {
          tooDeep.push({ node: start, path: steps() });
          // Everything on the way is as deep: none of it is walked again.
          for (const f of frames) state.set(f.node, "done");
          frames.length = 0;
          continue;
        }
        state.set(to, "visiting");
        frames.push({ node: to, edges: edgesOf(to), next: 0 });
      }
    }
  }
  return { cycles, tooDeep };
}
