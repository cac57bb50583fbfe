-- POST /api/create_post; the Authorization header comes from the command line. Every fifth post
-- carries a hashtag, like the seeded ones.
dofile("bench/wrk/report.lua")
-- Keeps the headers given with -H (wrk.format replaces them when given a table).
wrk.headers["Content-Type"] = "application/json"
local counter = 0

function request()
  counter = counter + 1
  local content = counter % 5 == 0 and string.format("bench post %d #bench%d", counter, counter % 17)
    or string.format("bench post %d", counter)
  return wrk.format("POST", "/api/create_post", nil,
    string.format('{"content":"%s"}', content))
end
