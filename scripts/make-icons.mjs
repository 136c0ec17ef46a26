// Draws the add-in's icon (a shield with a tick) at every size the manifest names, anti-aliased
// by supersampling, into assets/icon-<size>.png. Run again only when the design changes.
import { writeFileSync, mkdirSync } from 'node:fs';
import { PNG } from 'pngjs';

const SIZES = [16, 32, 64, 80, 128];
const SHIELD = [0x1f, 0x5f, 0x8b];
const TICK = [0xff, 0xff, 0xff];
const SAMPLES = 6;

function insideShield(x, y) {
  const half = 0.36;
  if (y < 0.07 || y > 0.95) return false;
  if (y <= 0.52) return Math.abs(x - 0.5) <= half - (y < 0.14 ? (0.14 - y) * 0.6 : 0);
  const t = (y - 0.52) / 0.43;
  return Math.abs(x - 0.5) <= half * Math.sqrt(Math.max(0, 1 - t * t));
}

function distToSegment(px, py, ax, ay, bx, by) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

function onTick(x, y, size) {
  const width = size <= 16 ? 0.1 : 0.075;
  return distToSegment(x, y, 0.31, 0.5, 0.45, 0.65) <= width || distToSegment(x, y, 0.45, 0.65, 0.71, 0.35) <= width;
}

mkdirSync('assets', { recursive: true });
for (const size of SIZES) {
  const png = new PNG({ width: size, height: size });
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let shield = 0;
      let tick = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const x = (px + (sx + 0.5) / SAMPLES) / size;
          const y = (py + (sy + 0.5) / SAMPLES) / size;
          if (insideShield(x, y)) {
            if (onTick(x, y, size)) tick++;
            else shield++;
          }
        }
      }
      const n = SAMPLES * SAMPLES;
      const alpha = (shield + tick) / n;
      const i = (py * size + px) * 4;
      const mix = shield + tick > 0 ? tick / (shield + tick) : 0;
      for (let c = 0; c < 3; c++) png.data[i + c] = Math.round(SHIELD[c] * (1 - mix) + TICK[c] * mix);
      png.data[i + 3] = Math.round(alpha * 255);
    }
  }
  writeFileSync(`assets/icon-${size}.png`, PNG.sync.write(png));
}
console.log(`wrote ${SIZES.map((s) => `assets/icon-${s}.png`).join(', ')}`);
