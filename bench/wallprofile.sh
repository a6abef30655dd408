#!/usr/bin/env bash
# Wall-clock profile of the running hub: samples the stacks of the ingest and delivery threads with jcmd every
# INTERVAL seconds and counts the first project frame (and the frame on top of it) of each.
#   bench/wallprofile.sh <pid> [samples=60] [interval=0.5]
PID=$1; N=${2:-60}; INTERVAL=${3:-0.5}
OUT=$(mktemp)
for ((i = 0; i < N; i++)); do
  jcmd "$PID" Thread.print 2>/dev/null >> "$OUT" || break
  sleep "$INTERVAL"
done
python3 - "$OUT" <<'PY'
import sys, re, collections
text = open(sys.argv[1]).read()
blocks = text.split('\n\n')
counts = collections.defaultdict(collections.Counter)
for b in blocks:
    lines = b.strip().split('\n')
    if not lines or not lines[0].startswith('"'):
        continue
    name = re.sub(r'\d+', '#', lines[0].split('"')[1])
    if not any(k in name for k in ('timer://products', 'timer://stock', 'marketsync-deliver', 'marketsync-call')):
        continue
    frames = [l.strip()[3:] for l in lines if l.strip().startswith('at ')]
    proj = [f for f in frames if f.startswith('io.cloudsync')]
    top = frames[0].split('(')[0] if frames else '?'
    key = (proj[0].split('(')[0] if proj else '-') + '  <top: ' + top + '>'
    counts[name][key] += 1
for name, c in counts.items():
    total = sum(c.values())
    print('==', name, total)
    for k, v in c.most_common(12):
        print('%5d %5.1f%%  %s' % (v, 100.0 * v / total, k))
PY
rm -f "$OUT"
