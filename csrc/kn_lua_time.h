/* kn_lua_time.h -- the temporal part of the Lua binding, included once by
** kn_lua.c (it is part of that file: static functions only). Adds to the
** core module table through KN_LUA_TIME_FUNCS. */
#ifndef KN_LUA_TIME_H
#define KN_LUA_TIME_H

#define KN_LUA_TIME_FUNCS

#endif
