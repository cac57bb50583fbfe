-- POST /api/send_inbox_message to BENCH_RECIPIENT (bench/wrk/writes.lua).
dofile("bench/wrk/writes.lua")
request = writes.only("inbox_message")
