-- Log the seeding user in with the right password: each request pays one full password check.
dofile(os.getenv("COMPARE_LUA") .. "/common.lua")

local body = string.format('{"username":"%s","password":"%s"}', login[1], login[2])
count_statuses()
local headers = { ["Content-Type"] = "application/json" }

function request()
  return wrk.format("POST", "/api/v1/auth/login", headers, body)
end
