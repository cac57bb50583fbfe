-- POST /api/create_post; every fifth post carries a hashtag, like the seeded ones (bench/wrk/writes.lua).
-- Sent as the Authorization header given with -H, or spread over BENCH_WRITERS.
dofile("bench/wrk/writes.lua")
request = writes.only("create_post")
