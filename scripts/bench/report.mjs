/** The printed tables (Markdown, so they can be pasted into docs/performance.md) and the budget check. */

const kB = (bytes) => (bytes === null || bytes === undefined ? '–' : `${(bytes / 1000).toFixed(1)} kB`);
const ms = (value) => (value === null || value === undefined ? '–' : `${value} ms`);
const num = (value) => (value === null || value === undefined ? '–' : String(value));
/** A difference in ms with its sign: "+ 1.2 ms", "− 0.4 ms". */
const overMs = (value) => (value === null || value === undefined ? '–' : value < 0 ? `− ${ms(-value)}` : `+ ${ms(value)}`);

export function table(headers, rows) {
  // Right-align the columns whose cells are all figures.
  const numeric = headers.map((_, i) => i > 0 && rows.every((row) => /^(\*\*)?[-–\d<≤≥>. ]/.test(String(row[i] ?? '')) || row[i] === ''));
  const lines = [`| ${headers.join(' | ')} |`, `|${numeric.map((n) => (n ? '---:' : '---')).join('|')}|`];
  for (const row of rows) lines.push(`| ${row.join(' | ')} |`);
  return lines.join('\n');
}

/** Reads "a.b.c" from the results; keys never contain dots. */
export function valueAt(results, metric) {
  return metric.split('.').reduce((node, key) => (node === null || node === undefined ? undefined : node[key]), results);
}

export function checkBudgets(results, budgets) {
  return budgets.map((budget) => {
    const value = valueAt(results, budget.metric);
    let ok;
    if (typeof value !== 'number') ok = false;
    else if (budget.max !== undefined) ok = budget.exclusive ? value < budget.max : value <= budget.max;
    else ok = budget.exclusive ? value > budget.min : value >= budget.min;
    return { ...budget, value: typeof value === 'number' ? value : null, ok };
  });
}

const budgetText = (b) => {
  const op = b.max !== undefined ? (b.exclusive ? '<' : '≤') : b.exclusive ? '>' : '≥';
  const limit = b.max ?? b.min;
  return `${op} ${b.unit === 'B' ? kB(limit) : b.unit === 'ms' ? ms(limit) : limit}`;
};
const valueText = (b, value) => (value === null ? 'missing' : b.unit === 'B' ? kB(value) : b.unit === 'ms' ? ms(value) : String(value));

export function renderReport(results, checked) {
  const out = [];
  const { bytes, build, lighthouse, interactions, meta, firstLoad } = results;
  out.push(
    `Measured ${meta.date} on ${meta.cpus} CPUs (load average ${meta.loadAverage.join(' / ')} at the start), ${meta.chromium}, Lighthouse ${lighthouse?.version ?? '–'}, commit ${meta.commit}${meta.dirty ? ' + uncommitted changes' : ''}.`,
    '',
  );

  out.push('### JavaScript and CSS (gzip)', '');
  out.push(
    table(
      ['', 'JavaScript', 'CSS'],
      [
        ['Before the form is usable: the app alone', kB(bytes.ready.app.jsGzip), kB(bytes.ready.app.cssGzip)],
        ['Before the form is usable: the demo (app + mock backend)', kB(bytes.ready.demo.jsGzip), kB(bytes.ready.demo.cssGzip)],
        ['By the time the saved connections have arrived: the app alone', kB(bytes.ready.loaded.app.jsGzip), kB(bytes.ready.loaded.app.cssGzip)],
        ['By the time the saved connections have arrived: the demo', kB(bytes.ready.loaded.demo.jsGzip), kB(bytes.ready.loaded.demo.cssGzip)],
        ['In all, once the network is quiet: the app alone', kB(bytes.ready.all?.app.jsGzip), kB(bytes.ready.all?.app.cssGzip)],
        ['In all, once the network is quiet: the demo', kB(bytes.ready.all?.demo.jsGzip), kB(bytes.ready.all?.demo.cssGzip)],
        ['Whole build: the app alone', kB(bytes.build.app.jsGzip), kB(bytes.build.app.cssGzip)],
        ['Whole build: the demo (app + mock backend)', kB(bytes.build.demo.jsGzip), kB(bytes.build.demo.cssGzip)],
      ],
    ),
    '',
  );
  const fetched = new Map(bytes.ready.files.map((f) => [f.file, f.beforeUsable ? 'yes' : 'after']));
  out.push(
    table(
      ['File', 'Kind', 'gzip', 'Before usable', 'Largest parts (≈ gzip share)'],
      build.files
        .slice()
        .sort((a, b) => b.gzip - a.gzip)
        .map((f) => {
          const chunk = build.chunks.find((c) => c.file === f.file);
          const parts = chunk ? chunk.groups.slice(0, 4).map((g) => `${g.name} ${kB(g.approxGzip)}`).join(', ') : '';
          return [f.file, f.kind, kB(f.gzip), fetched.get(f.file) ?? 'no', parts];
        }),
    ),
    '',
  );

  if (firstLoad) {
    const f = firstLoad;
    out.push(
      `### First load of \`/connections/new\` against plain HTML (${f.cpuSlowdown}x CPU, ${f.network.downloadKbps / 1000} Mbit/s, ${f.network.latencyMs} ms; median of ${f.rounds} loads each)`,
      '',
    );
    out.push(
      table(
        ['', 'Plain HTML', 'The app', 'Ratio'],
        [
          ['"Name your connection" usable (ms after navigation)', ms(f.reference.usableMsMedian), ms(f.app.usableMsMedian), `${num(f.usableRatio)}x`],
          ['JavaScript (gzip) arrived before it is usable, most of any load', kB(0), kB(f.app.jsArrivedBeforeUsableGzipMax), ''],
          ['Typed at once, still in the field after the app took over', '', `${f.app.runs.filter((r) => r.typedSurvived).length} of ${f.rounds}`, ''],
          ['… of which the first keystroke came before the takeover', '', `${f.app.typedBeforeTakeover} of ${f.rounds}`, ''],
          ['App took over (Save enabled), median (ms after navigation)', '', ms(f.app.hydratedMsMedian), ''],
        ],
      ),
      '',
    );
  }

  if (lighthouse) {
    out.push(`### Lighthouse (mobile, simulated throttling; median of ${lighthouse.runs} runs)`, '');
    out.push(
      table(
        ['Page', 'Performance', 'Performance, each run', 'Accessibility', 'Best practices', 'LCP', 'TBT', 'TBT, worst run', 'FCP', 'CLS'],
        Object.values(lighthouse.pages).map((p) => [
          `\`${p.path}\``,
          num(p.performance),
          p.runs.map((r) => r.performance).join(', '),
          num(p.accessibility),
          num(p.bestPractices),
          ms(p.lcpMs),
          ms(p.tbtMs),
          ms(p.maxTbtMs),
          ms(p.fcpMs),
          num(p.cls),
        ]),
      ),
      '',
    );
  }

  if (interactions) {
    const t = interactions.typing;
    out.push(
      `### Keystroke to paint (${interactions.cpuSlowdown}x CPU slowdown; ${interactions.passes} passes of 30 keystrokes per field)`,
      '',
    );
    out.push(
      table(
        ['Field', 'Keystrokes', 'Median', 'p95', 'Reported by Event Timing (≥ 16 ms)', 'Next-paint approx. median / p95', 'Components rendered per keystroke (median / max)'],
        [
          ...Object.values(t.fields).map((f) => [
            f.label,
            num(f.keys),
            ms(f.medianMs),
            ms(f.p95Ms),
            num(f.over16),
            `${ms(f.nextPaintMedianMs)} / ${ms(f.nextPaintP95Ms)}`,
            `${num(f.rendersMedian)} / ${num(f.rendersMax)}`,
          ]),
          ['**All fields**', num(t.overall.keys), ms(t.overall.medianMs), ms(t.overall.p95Ms), num(t.overall.over16), '', ''],
          ...[
            [t.app, `Comparison rounds (${num(t.nameRounds)}): ${t.app?.field}, the app`],
            [t.reference, `Comparison rounds: ${t.reference?.field}, plain HTML reference`],
            [t.floor, `Comparison rounds: ${t.floor?.field}, React floor (the reference, only this input React's, react-hook-form)`],
          ]
            .filter(([page]) => page)
            .map(([page, label]) => [label, num(page.keys), ms(page.medianMs), ms(page.p95Ms), '', `${ms(page.nextPaintMedianMs)} / ${ms(page.nextPaintP95Ms)}`, '']),
        ],
      ),
      '',
    );
    if (t.againstReference) {
      const name = t.app ?? t.fields.name;
      const counted = t.fields.name;
      out.push(
        `"Name your connection" against the plain-HTML reference, by next paint (the budgets): median ${ms(name.nextPaintMedianMs)} (reference + ${ms(t.againstReference.nextPaintMedianOverMs)}), p95 ${ms(name.nextPaintP95Ms)} (${num(t.againstReference.nextPaintP95Ratio)}x the reference's); by Event Timing, or next paint where it reported nothing: median ${ms(name.medianMs)} (reference + ${ms(t.againstReference.medianOverMs)}), p95 ${ms(name.p95Ms)} (${num(t.againstReference.p95Ratio)}x). React commits per keystroke: median ${num(counted.commitsMedian)}, most ${num(counted.commitsMax)}.`,
        '',
      );
    }
    if (t.app && t.floor && t.floorAgainstReference && t.againstFloor) {
      // The 95 % intervals by resampling this run's keystrokes: a budget inside one is met or missed by chance.
      const spread = (c) =>
        c.resampled ? ` (chance alone: median ${overMs(c.resampled.medianOverMs[0])} to ${overMs(c.resampled.medianOverMs[1])}, p95 ${num(c.resampled.p95Ratio[0])}x to ${num(c.resampled.p95Ratio[1])}x)` : '';
      const by = (c) =>
        `Event Timing median ${overMs(c.medianOverMs)}, p95 ${num(c.p95Ratio)}x; next paint median ${overMs(c.nextPaintMedianOverMs)}, p95 ${num(c.nextPaintP95Ratio)}x${spread(c)}`;
      out.push(
        `Measured by next paint too (not in 8 ms steps): the app ${ms(t.app.nextPaintMedianMs)} / ${ms(t.app.nextPaintP95Ms)}, the reference ${ms(t.reference.nextPaintMedianMs)} / ${ms(t.reference.nextPaintP95Ms)}, the floor ${ms(t.floor.nextPaintMedianMs)} / ${ms(t.floor.nextPaintP95Ms)} (median / p95).`,
        '',
        `- The React floor against the reference: ${by(t.floorAgainstReference)}.`,
        `- The app against the React floor: ${by(t.againstFloor)}.`,
        `- The app against the reference: next paint median ${overMs(t.againstReference.nextPaintMedianOverMs)}, p95 ${num(t.againstReference.nextPaintP95Ratio)}x${spread(t.againstReference)}.`,
        '',
        'Chance alone: the 95 % interval of each figure when the run\'s keystrokes are resampled, each page\'s apart (percentile bootstrap, 2000 draws).',
        '',
      );
    }
    const s = interactions.switching;
    out.push(`### Switching (${interactions.cpuSlowdown}x CPU slowdown)`, '');
    out.push(
      table(
        ['Action', 'Times', 'Median', 'p95', 'Median by target'],
        [
          [
            'Auth type radio → the new section’s first field painted',
            num(s.authType.n),
            ms(s.authType.medianMs),
            ms(s.authType.p95Ms),
            Object.entries(s.authType.byTarget)
              .map(([k, v]) => `${k} ${ms(v)}`)
              .join(', '),
          ],
          ['“Create OAuth 2.0 client” → dialog’s first field painted', num(s.oauthDialog.n), ms(s.oauthDialog.medianMs), ms(s.oauthDialog.p95Ms), ''],
        ],
      ),
      '',
    );
  }

  if (checked) out.push(renderBudgets(checked));
  return out.join('\n');
}

/** The budget table: one row per budget, measured value and verdict. */
export function renderBudgets(checked) {
  const failed = checked.filter((b) => !b.ok).length;
  return [
    `### Budgets (bench/budgets.json): ${checked.length - failed} met, ${failed} exceeded`,
    '',
    table(['Metric', 'Budget', 'Measured', ''], checked.map((b) => [b.label ?? b.metric, budgetText(b), valueText(b, b.value), b.ok ? 'ok' : '**EXCEEDED**'])),
    '',
  ].join('\n');
}

/** The exceeded budgets as lines for stderr, or undefined when all are met. */
export function exceededMessage(checked) {
  const exceeded = checked.filter((b) => !b.ok);
  if (!exceeded.length) return undefined;
  const lines = exceeded.map((b) => `  ${b.label ?? b.metric}: ${b.value ?? 'missing'} (budget ${b.max !== undefined ? 'max' : 'min'} ${b.max ?? b.min})`);
  return `${exceeded.length} budget(s) exceeded:\n${lines.join('\n')}`;
}
