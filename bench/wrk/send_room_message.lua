-- POST /api/send_room_message into BENCH_ROOM (bench/wrk/writes.lua).
dofile("bench/wrk/writes.lua")
request = writes.only("room_message")
