// Preloaded into the astro build that bench:synthetic times (`node --import`): at exit, writes the
// build process's CPU time (user and system, every thread) to $LXYZ_CPU_TIME_FILE. On a busy machine
// the wall-clock time mostly measures the other work; the CPU time is the build's own cost.
import { writeFileSync } from 'node:fs';

const file = process.env.LXYZ_CPU_TIME_FILE;
if (file) {
  process.on('exit', () => {
    const { user, system } = process.cpuUsage();
    writeFileSync(file, JSON.stringify({ userMs: user / 1000, systemMs: system / 1000 }));
  });
}
