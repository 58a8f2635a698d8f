#!/usr/bin/python3
"""pyahocorasick on the gazetteer benchmark's input, for bench/bench_match.lua:
the names (one a line, lower case) in one automaton, the text lower-cased and
scanned in the same 64 KB chunks as kn_bench (caseless literal matching).

    /usr/bin/python3 bench/ac_bench.py NAMES TEXT [REPEAT]

prints "ac <MB/s> <matches> build=<s> bytes=<automaton bytes> peak_rss_kb=<kB>",
the best of REPEAT scans in CPU time (time.process_time)."""
import resource
import sys
import time

import ahocorasick


def chunks(data, size=64 * 1024):
    i, n = 0, len(data)
    while i < n:
        j = data.find(b"\n", i + size)
        e = n if j < 0 else j + 1
        yield data[i:e]
        i = e


def main():
    names_path, text_path = sys.argv[1], sys.argv[2]
    reps = int(sys.argv[3]) if len(sys.argv) > 3 else 3
    with open(names_path, "rb") as f:
        names = [l for l in f.read().decode("utf-8").split("\n") if l]
    with open(text_path, "rb") as f:
        data = f.read()
    parts = [c.decode("utf-8", "replace") for c in chunks(data)]
    t0 = time.process_time()
    a = ahocorasick.Automaton()
    for i, name in enumerate(names):
        a.add_word(name, i)
    a.make_automaton()
    build = time.process_time() - t0
    size = a.get_stats().get("total_size", 0)
    best, count = float("inf"), 0
    for _ in range(reps):
        count = 0
        t1 = time.process_time()
        for p in parts:
            for _ in a.iter(p.lower()):
                count += 1
        dt = time.process_time() - t1
        best = min(best, dt)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print("ac %.1f %d build=%.3f bytes=%d literals=%d peak_rss_kb=%d"
          % (len(data) / 1048576 / best, count, build, size, len(names), rss))


main()
