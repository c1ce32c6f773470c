/** A fresh valid org number (8 random digits + modulus-11 check digit), so reruns never share data. */
export function freshOrgnr(): string {
  for (;;) {
    const d = Array.from({ length: 8 }, () => Math.floor(Math.random() * 10));
    const r = d.reduce((s, x, i) => s + x * [3, 2, 7, 6, 5, 4, 3, 2][i], 0) % 11;
    if (r !== 1 && d[0] !== 0) return d.join("") + (r === 0 ? 0 : 11 - r);
  }
}
