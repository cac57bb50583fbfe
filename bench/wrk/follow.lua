-- POST /api/follow, then /api/unfollow a pass later, over the seeded users (bench/wrk/writes.lua).
dofile("bench/wrk/writes.lua")
request = writes.only("follow")
