-- Shared by every scenario: counts 429s per thread (only where a script defines response(), so
-- plain GET scenarios keep wrk's fast path) and prints one machine-readable line at the end:
-- RESULT <requests/s> <p50 µs> <p99 µs> <requests> <status >= 400> <429s> <socket errors> <p99.9 µs> <max µs>
-- (p99.9 and the maximum show a single stall, such as a slow disk sync, apart from a slow p99.)
-- Each thread also gets its number (1, 2, ...) as the global thread_number, for scripts whose requests
-- must differ between threads.
local threads = {}
too_many = 0

function setup(thread)
  table.insert(threads, thread)
  thread:set("thread_number", #threads)
end

function count_429(status)
  if status == 429 then
    too_many = too_many + 1
  end
end

function done(summary, latency, requests)
  local n429 = 0
  for _, thread in ipairs(threads) do
    n429 = n429 + (thread:get("too_many") or 0)
  end
  local e = summary.errors
  io.write(string.format("RESULT %.1f %d %d %d %d %d %d %d %d\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50), latency:percentile(99),
    summary.requests, e.status, n429, e.connect + e.read + e.write + e.timeout,
    latency:percentile(99.9), latency.max))
end
