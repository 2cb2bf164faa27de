-- Overwrite one random seeded entry (an update, never a create), without a condition.
dofile(os.getenv("COMPARE_LUA") .. "/common.lua")

function request()
  return wrk.format("PUT", key_path(random_key_number()), authorized_json, put_body())
end
