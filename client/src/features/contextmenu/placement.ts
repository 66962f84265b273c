/** Where a popup opened at a point goes so that all of it is inside the window. */

export type Size = { width: number; height: number };

/**
 * Opens down and to the right of the point; flips up or left where that side would run off the window (as native
 * menus do), and never starts above or left of the margin. A popup taller or wider than the window starts at the
 * margin; it scrolls inside (its CSS caps it at the window's size).
 */
export function placeInside(at: { x: number; y: number }, size: Size, window: Size, margin = 4) {
  const axis = (point: number, extent: number, room: number) => {
    if (point + extent <= room - margin) return Math.max(margin, point);
    if (point - extent >= margin) return point - extent;
    return Math.max(margin, room - margin - extent);
  };
  return { left: axis(at.x, size.width, window.width), top: axis(at.y, size.height, window.height) };
}
