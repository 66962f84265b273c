/** What the rendering benchmark's bare pages expose: draw once, resolving with the time to the first frame (ms). */
export type BarePage<Scene> = { draw(scene: Scene, size: { width: number; height: number }): Promise<number> };

/** Sizes the container, runs `create` and resolves once the frame after it has been produced. */
export function timedDraw(size: { width: number; height: number }, create: (container: HTMLElement) => void) {
  const container = document.getElementById('graph')!;
  container.style.width = `${size.width}px`;
  container.style.height = `${size.height}px`;
  return new Promise<number>((resolve) => {
    const t0 = performance.now();
    create(container);
    requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - t0)));
  });
}
