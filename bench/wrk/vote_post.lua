-- POST /api/vote_post over the seeded posts, up then down (bench/wrk/writes.lua).
dofile("bench/wrk/writes.lua")
request = writes.only("vote")
