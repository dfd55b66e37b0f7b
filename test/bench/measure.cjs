// Timing helpers: run `total` operations at `concurrency` and summarise.
// CommonJS, so that both run.mjs and the TypeScript store benchmark (run
// through Backstage's CommonJS transform) can load it.

async function runConcurrent({ total, concurrency, op }) {
  const latencies = [];
  let next = 0;
  let errors = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (;;) {
        const i = next++;
        if (i >= total) return;
        const t0 = performance.now();
        try {
          await op(i);
        } catch (error) {
          errors++;
          if (errors <= 3) console.error(`  operation ${i} failed: ${error}`);
        }
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const pct = p =>
    latencies[
      Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))
    ];
  return {
    total,
    errors,
    seconds,
    perSecond: total / seconds,
    p50: pct(50),
    p95: pct(95),
    p99: pct(99),
  };
}

module.exports = { runConcurrent };
