-- Nine reads to one write, each on a random seeded entry: the usual shape of a dictionary's
-- traffic, run over many connections to see how the service holds up when they queue.
dofile(os.getenv("COMPARE_LUA") .. "/common.lua")

function request()
  local n = random_key_number()
  if math.random() < 0.1 then
    return wrk.format("PUT", key_path(n), authorized_json, put_body())
  end
  return wrk.format("GET", key_path(n), authorized)
end
