-- POST /api/login as benchuser0..benchuser7 in turn (the users run.sh registers), so sessions
-- spread over several accounts as they would in real use.
dofile("bench/wrk/report.lua")
-- Keeps the headers given with -H (wrk.format replaces them when given a table).
wrk.headers["Content-Type"] = "application/json"
local users = 8
local next_user = 0

function request()
  next_user = (next_user + 1) % users
  return wrk.format("POST", "/api/login", nil,
    string.format('{"username":"benchuser%d","password":"correct horse battery"}', next_user))
end

function response(status)
  count_429(status)
end
