-- The mixed scenario (bench/run.sh block 10): each request picks its kind by weight, as a busy client
-- would: about 60% reads of the feed, lists and profiles, 25% polls of a room for what is new, and 15%
-- writes of every kind (built as in bench/wrk/writes.lua). A poll asks for messages after the newest one
-- this thread has seen, starting from BENCH_ROOM_AFTER, as a client polling every few seconds does.
dofile("bench/wrk/writes.lua")

local posts = tonumber(os.getenv("BENCH_POSTS") or "1000")
local users = tonumber(os.getenv("BENCH_USERS") or "100")
local room = os.getenv("BENCH_ROOM") or "1"
local newest = tonumber(os.getenv("BENCH_ROOM_AFTER") or "0")

local function get(path)
  return wrk.format("GET", path)
end

local function seed_user(n)
  return string.format("seed%06d", n % users)
end

local reads = {
  fyp = function(n) return get("/api/fyp") end,
  get_posts = function(n) return get("/api/get_posts/" .. seed_user(n) .. "?limit=20") end,
  profile = function(n) return get("/api/user/" .. seed_user(n)) end,
  get_followers = function(n) return get("/api/get_followers/" .. seed_user(n) .. "?limit=20") end,
  get_replies = function(n) return get(string.format("/api/get_replies/%d?limit=20", n % posts + 1)) end,
  inbox = function(n) return get("/api/inbox?limit=20") end,
  poll = function(n) return get(string.format("/api/get_room_messages?room_id=%s&after=%d", room, newest)) end,
}

-- Weights in 2.5% units: 24 reads (60%), 10 polls (25%), 6 writes (15%), 40 in all.
local mix = {
  { reads.fyp, 8 }, { reads.get_posts, 6 }, { reads.profile, 4 },
  { reads.get_followers, 2 }, { reads.get_replies, 2 }, { reads.inbox, 2 },
  { reads.poll, 10 },
  { writes.create_post, 1 }, { writes.vote, 1 }, { writes.follow, 1 },
  { writes.reply, 1 }, { writes.inbox_message, 1 }, { writes.room_message, 1 },
}
local slots = {}
for _, entry in ipairs(mix) do
  for _ = 1, entry[2] do
    table.insert(slots, entry[1])
  end
end

-- Each kind counts its own requests, so votes and follows keep writes.lua's passes.
local counts = {}
local seeded = false

request = writes.sent_only(function()
  if not seeded then
    math.randomseed(thread_number)
    seeded = true
  end
  local kind = slots[math.random(#slots)]
  local n = counts[kind] or 0
  counts[kind] = n + 1
  return kind(n)
end)

-- Only a room's messages carry "room_id"; they come oldest first, so the last id is the newest.
function response(status, headers, body)
  count_429(status)
  if status == 200 and body:find('"room_id"', 1, true) then
    for id in body:gmatch('"id":(%d+)') do
      newest = math.max(newest, tonumber(id))
    end
  end
end
