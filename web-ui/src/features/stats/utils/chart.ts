/** Axis ticks from 0 in whole steps of 1, 2 or 5 × 10ⁿ, about `count` of them, the last at or above `max`. */
export function ticks(max: number, count = 4): number[] {
  const raw = Math.max(1, max) / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = Math.max(1, [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw)!);
  const top = Math.max(step, Math.ceil(max / step) * step);
  return Array.from({ length: Math.round(top / step) + 1 }, (_, i) => i * step);
}
