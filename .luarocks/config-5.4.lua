-- Project-mode LuaRocks configuration (used when .luarocks/ and lua_modules/
-- exist, or through LUAROCKS_CONFIG). lpeg and lua-cjson come from Debian's
-- packages (lua-lpeg, lua-cjson), so LuaRocks must not try to fetch them:
-- `luarocks make` then works offline, and still checks the versions.
rocks_provided = { lpeg = "1.0.2-1", ["lua-cjson"] = "2.1.0-1" }
