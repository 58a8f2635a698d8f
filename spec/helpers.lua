-- Shared helpers for the specs (not a spec itself).
local M = {}

--- Runs the in-tree korea-nato with args (a shell-quoted string), feeding
-- stdin when given. Returns stdout, stderr, exit status.
function M.run(args, stdin)
  local out, err = os.tmpname(), os.tmpname()
  local cmd = "lua5.4 bin/korea-nato " .. args .. " >" .. out .. " 2>" .. err
  local inp
  if stdin then
    inp = os.tmpname()
    local h = assert(io.open(inp, "wb")); h:write(stdin); h:close()
    cmd = cmd .. " <" .. inp
  end
  local ok, how, code = os.execute(cmd)
  local function slurp(p)
    local h = assert(io.open(p, "rb")); local s = h:read("a"); h:close(); os.remove(p); return s
  end
  if inp then os.remove(inp) end
  return slurp(out), slurp(err), how == "exit" and code or -1, ok
end

--- Lines of s as a list.
function M.lines(s)
  local t = {}
  for l in s:gmatch("[^\n]+") do t[#t + 1] = l end
  return t
end

function M.read(path)
  local h = assert(io.open(path, "rb"))
  local s = h:read("a")
  h:close()
  return s
end

return M
