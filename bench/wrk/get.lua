-- Read one random seeded entry by its key.
dofile(os.getenv("COMPARE_LUA") .. "/common.lua")

function request()
  return wrk.format("GET", key_path(random_key_number()), authorized)
end
