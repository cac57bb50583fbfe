"""Reads load.py's lines and the outage's two times; prints per-second counts and the outage figures."""
import sys
from collections import Counter, defaultdict

requests_file, down_at, up_at = sys.argv[1], float(sys.argv[2]), float(sys.argv[3])
rows = [tuple(float(x) for x in line.split()) for line in open(requests_file) if line.strip()]
origin = min(start for start, _, _ in rows)

per_second = defaultdict(list)
for start, end, status in rows:
    per_second[int(end - origin)].append((end - start, int(status)))

print(f"PostgreSQL stopped at {down_at - origin:.1f} s, accepting connections again at {up_at - origin:.1f} s")
print(f"{'second':>6} {'2xx':>5} {'503':>5} {'500':>5} {'other':>5} {'error':>5} {'p50 ms':>7} {'max ms':>7}")
for second in sorted(per_second):
    answers = per_second[second]
    kinds = Counter(
        "2xx" if 200 <= s < 300 else "503" if s == 503 else "500" if s == 500 else "error" if s == 0 else "other"
        for _, s in answers)
    latencies = sorted(latency for latency, _ in answers)
    print(f"{second:>6} {kinds['2xx']:>5} {kinds['503']:>5} {kinds['500']:>5} {kinds['other']:>5} {kinds['error']:>5}"
          f" {latencies[len(latencies) // 2] * 1000:>7.0f} {latencies[-1] * 1000:>7.0f}")

failed = [(start, end, int(status)) for start, end, status in rows if not 200 <= status < 300]
unavailable = [(start, end) for start, end, status in failed if status == 503]
others = Counter(status for _, _, status in failed if status != 503)
during = [end - start for start, end, _ in rows if start < up_at and end > down_at]
print()
print(f"requests: {len(rows)}, failed: {len(failed)} (503: {len(unavailable)}, other statuses: {dict(others) or 'none'})")
if unavailable:
    print(f"503 window: {min(e for _, e in unavailable) - origin:.1f} s to {max(e for _, e in unavailable) - origin:.1f} s"
          f" ({max(e for _, e in unavailable) - min(e for _, e in unavailable):.1f} s; the database was down {up_at - down_at:.1f} s)")
print(f"longest answer while the database was down: {max(during, default=0) * 1000:.0f} ms")
late = [end for start, end, status in failed if end > up_at]
print(f"recovery (last failed answer after PostgreSQL accepted connections again): "
      f"{max(late) - up_at if late else 0:.2f} s")
started_after = [r for r in rows if r[0] > up_at]
print(f"requests started after that: {len(started_after)}, failed: {sum(1 for r in started_after if not 200 <= r[2] < 300)}")
