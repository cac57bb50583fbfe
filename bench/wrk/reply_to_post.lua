-- POST /api/reply_to_post over the seeded posts (bench/wrk/writes.lua).
dofile("bench/wrk/writes.lua")
request = writes.only("reply")
