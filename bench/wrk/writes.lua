-- Request builders for the write scenarios (bench/run.sh block 8) and the mixed one (block 10). Each
-- builder takes its own request number n (0, 1, ... per wrk thread) and returns a request that is valid
-- whatever else is in flight, so every answer should be a 2xx:
-- - votes go over the seeded posts (ids 1..BENCH_POSTS, none by the voter), each wrk thread on its own
--   half; the first pass votes up, the next moves every vote down, and so on;
-- - follows go over the seeded users from BENCH_FOLLOW_FROM on, each thread on its own half; the first
--   pass follows, the next unfollows, and so on: a pass takes seconds, so each unfollow comes long after
--   its follow has been answered;
-- - replies go over the seeded posts, inbox messages to BENCH_RECIPIENT, room messages into BENCH_ROOM.
-- Votes and follows need a voter or follower who starts with none: run.sh signs up new users for each
-- wrk run of them.
-- BENCH_WRITERS (the tokens of several users, separated by spaces) spreads the writes over those users:
-- a vote or follow is always sent by the same writer for the same post or user (so the passes hold per
-- writer), the other writes go round the writers. Without it every write is sent with the -H header.
dofile("bench/wrk/report.lua")
-- Keeps the headers given with -H (wrk.format replaces them when given a table).
wrk.headers["Content-Type"] = "application/json"

-- bench/run.sh runs wrk with two threads; each thread takes every second post or user.
local threads = 2
local posts = tonumber(os.getenv("BENCH_POSTS") or "1000")
local users = tonumber(os.getenv("BENCH_USERS") or "100")
local follow_from = tonumber(os.getenv("BENCH_FOLLOW_FROM") or "100")
local recipient = os.getenv("BENCH_RECIPIENT") or "benchuser1"
local room = os.getenv("BENCH_ROOM") or "1"

local writers = {}
for token in string.gmatch(os.getenv("BENCH_WRITERS") or "", "%S+") do
  table.insert(writers, "Bearer " .. token)
end

-- POST path body, as writer number `writer` (any whole number) of BENCH_WRITERS when it is given.
local function post_json(path, body, writer)
  if #writers == 0 then
    return wrk.format("POST", path, nil, body)
  end
  local headers = { ["Content-Type"] = "application/json", ["Authorization"] = writers[writer % #writers + 1] }
  return wrk.format("POST", path, headers, body)
end

writes = {}

function writes.vote(n)
  local per_thread = math.floor(posts / threads)
  local post = (n % per_thread) * threads + thread_number
  local direction = math.floor(n / per_thread) % 2 == 0 and "up" or "down"
  return post_json("/api/vote_post", string.format('{"post_id":%d,"vote_type":"%s"}', post, direction), post)
end

function writes.follow(n)
  local per_thread = math.floor((users - follow_from) / threads)
  local index = follow_from + (n % per_thread) * threads + thread_number - 1
  local path = math.floor(n / per_thread) % 2 == 0 and "/api/follow" or "/api/unfollow"
  return post_json(path, string.format('{"username":"seed%06d"}', index), index)
end

function writes.reply(n)
  return post_json("/api/reply_to_post", string.format('{"post_id":%d,"content":"bench reply %d"}', n % posts + 1, n), n * threads + thread_number)
end

function writes.inbox_message(n)
  return post_json("/api/send_inbox_message", string.format('{"recipient":"%s","message":"bench message %d"}', recipient, n), n * threads + thread_number)
end

function writes.room_message(n)
  return post_json("/api/send_room_message", string.format('{"room_id":%s,"message":"bench room message %d"}', room, n), n * threads + thread_number)
end

-- Every fifth post carries a hashtag, like the seeded ones.
function writes.create_post(n)
  local content = n % 5 == 0 and string.format("bench post %d #bench%d", n, n % 17) or string.format("bench post %d", n)
  return post_json("/api/create_post", string.format('{"content":"%s"}', content), n * threads + thread_number)
end

-- Wraps a request() so that wrk's check does not use up a request: before the run, wrk asks the first
-- thread for one request to check its shape and never sends it. That call gets a ping, which no builder
-- counts, so a follow or vote that is never sent cannot leave a gap in the passes.
function writes.sent_only(next_request)
  local checked = false
  return function()
    if not checked then
      checked = true
      if thread_number == 1 then
        return wrk.format("GET", "/api/ping")
      end
    end
    return next_request()
  end
end

-- A request() that sends only one kind: writes.only("vote").
function writes.only(kind)
  local n = -1
  return writes.sent_only(function()
    n = n + 1
    return writes[kind](n)
  end)
end
