-- The first page of 50 entries under a prefix that holds 1,000 seeded keys (bench/k0000 ...
-- bench/k0009 at 10,000 entries, up to bench/k0999 at a million), so a page costs the same work
-- at any table size and a larger table is measured, not a different query.
dofile(os.getenv("COMPARE_LUA") .. "/common.lua")

function request()
  local prefix = string.format("bench/k%04d", math.floor(random_key_number() / 1000))
  return wrk.format("GET", "/api/v1/dictionary?limit=50&prefix=" .. prefix, authorized)
end
