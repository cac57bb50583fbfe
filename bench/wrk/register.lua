-- POST /api/register with a new username every request: r<start>t<thread>n<counter>, unique across
-- threads (thread number) and across wrk runs (start: the second the run began, in hex), so the
-- warm-up and the measured run never collide.
dofile("bench/wrk/report.lua")
-- Keeps the headers given with -H (wrk.format replaces them when given a table).
wrk.headers["Content-Type"] = "application/json"
local start = string.format("%x", os.time())
local counter = 0

function request()
  counter = counter + 1
  local name = string.format("r%st%dn%d", start, thread_number, counter)
  return wrk.format("POST", "/api/register", nil,
    string.format('{"username":"%s","email":"%s@example.com","password":"correct horse battery"}', name, name))
end

function response(status)
  count_429(status)
end
