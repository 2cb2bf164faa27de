-- Loaded by every bench/compare scenario. The driver writes, for the system under test, into
-- $COMPARE_TARGET: `token` (a fresh access token), `login` (username and password, one a line)
-- and `entries` (how many keys were seeded). Keys are bench/k0000000 ... and are generated here
-- rather than read from a file, so a million entries cost wrk no memory and no start-up time.

local target = os.getenv("COMPARE_TARGET") or error("COMPARE_TARGET is not set")

local function read_lines(name)
  local lines = {}
  for line in io.lines(target .. "/" .. name) do
    if line ~= "" then lines[#lines + 1] = line end
  end
  return lines
end

local token = read_lines("token")[1]
login = read_lines("login")
entries = tonumber(read_lines("entries")[1])

authorized = { ["Authorization"] = "Bearer " .. token }
authorized_json = { ["Authorization"] = "Bearer " .. token, ["Content-Type"] = "application/json" }

function key_path(n)
  return string.format("/api/v1/dictionary/bench/k%07d", n)
end

function random_key_number()
  return math.random(0, entries - 1)
end

-- Each value is unique, so no layer can answer a PUT from a cache of the last one.
local writes = 0
function put_body()
  writes = writes + 1
  return string.format('{"value":"put-%d-%010d-%s"}', thread_number or 0, writes, string.rep("v", 80))
end

-- wrk runs one Lua state per thread; without distinct seeds both threads would request the
-- same key sequence.
local threads = {}
function setup(thread)
  threads[#threads + 1] = thread
  thread:set("thread_number", #threads)
end

function init(args)
  math.randomseed(os.time() * 1000 + (thread_number or 0))
end

-- One line the driver parses. wrk counts answers with a status of 400 or more in errors.status
-- (no 3xx occurs in these scenarios), and connect/read/write/timeout errors apart from them;
-- ok_per_s leaves the refused answers out, so a server that sheds load fast is not rewarded.
-- Latencies are in microseconds; the line gives milliseconds.
function done(summary, latency, requests)
  local errors = summary.errors
  local seconds = summary.duration / 1e6
  io.write(string.format("COMPARE requests_per_s=%.1f ok_per_s=%.1f p50_ms=%.2f p99_ms=%.2f non2xx=%d socket_errors=%d requests=%d\n",
    summary.requests / seconds, (summary.requests - errors.status) / seconds,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    errors.status, errors.connect + errors.read + errors.write + errors.timeout, summary.requests))
  -- A scenario that counts its statuses (see count_statuses) gets them summed over the threads.
  local totals, any = {}, false
  for _, thread in ipairs(threads) do
    for status, count in pairs(thread:get("statuses") or {}) do
      totals[status] = (totals[status] or 0) + count
      any = true
    end
  end
  if any then
    local codes = {}
    for status in pairs(totals) do codes[#codes + 1] = status end
    table.sort(codes)
    io.write("COMPARE_STATUSES")
    for _, status in ipairs(codes) do io.write(string.format(" %d×%d", status, totals[status])) end
    io.write("\n")
  end
end

-- Counting every status costs wrk a Lua call per answer, so only the slow login scenario
-- does it, where it tells a refused login (503, 429) from a wrong one (401).
function count_statuses()
  statuses = {}
  function response(status, headers, body)
    statuses[status] = (statuses[status] or 0) + 1
  end
end
