rockspec_format = "3.0"
package = "korea_nato"
version = "scm-1"
source = {
  url = "git+https://github.com/korea-nato/korea_nato.git",
}
description = {
  summary = "Entity-linked event timelines from news on Korea-NATO security diplomacy",
  detailed = [[
    A Lua module with a C core that turns streams of news articles on Korean
    Peninsula and Euro-Atlantic security diplomacy into entity-linked,
    de-duplicated, source-attributed event timelines: tokenizer and sentence
    splitter, gazetteer matching, temporal tagging against the publication
    date, event extraction, cross-article timeline merging, a query API,
    report writers and the korea-nato command.
  ]],
  license = "MIT",
  labels = { "nlp", "news", "timeline", "temporal", "ner" },
}
dependencies = {
  "lua >= 5.4, < 5.5",
  "lpeg >= 1.0",
  "lua-cjson >= 2.1",
}
build = {
  type = "builtin",
  modules = {
    ["korea_nato.core"] = {
      sources = {
        "csrc/kn_au.c",
        "csrc/kn_event.c",
        "csrc/kn_gaz.c",
        "csrc/kn_link.c",
        "csrc/kn_lua.c",
        "csrc/kn_mem.c",
        "csrc/kn_tables.c",
        "csrc/kn_time.c",
        "csrc/kn_time_lex.c",
        "csrc/kn_tl.c",
        "csrc/kn_tl_partial.c",
        "csrc/kn_tok.c",
        "csrc/kn_util.c",
      },
      incdirs = { "csrc" },
    },
    ["korea_nato"] = "lua/korea_nato/init.lua",
    ["korea_nato.cli"] = "lua/korea_nato/cli.lua",
    ["korea_nato.corpus"] = "lua/korea_nato/corpus.lua",
    ["korea_nato.data_pack"] = "lua/korea_nato/data_pack.lua",
    ["korea_nato.document"] = "lua/korea_nato/document.lua",
    ["korea_nato.gazetteer"] = "lua/korea_nato/gazetteer.lua",
    ["korea_nato.input"] = "lua/korea_nato/input.lua",
    ["korea_nato.json"] = "lua/korea_nato/json.lua",
    ["korea_nato.query"] = "lua/korea_nato/query.lua",
    ["korea_nato.repl"] = "lua/korea_nato/repl.lua",
    ["korea_nato.report"] = "lua/korea_nato/report.lua",
    ["korea_nato.report_html"] = "lua/korea_nato/report_html.lua",
    ["korea_nato.rules"] = "lua/korea_nato/rules.lua",
    ["korea_nato.time"] = "lua/korea_nato/time.lua",
    ["korea_nato.timeline"] = "lua/korea_nato/timeline.lua",
    ["korea_nato.where"] = "lua/korea_nato/where.lua",
  },
  install = {
    bin = { ["korea-nato"] = "bin/korea-nato" },
  },
}
test = {
  type = "command",
  command = "make test",
}
