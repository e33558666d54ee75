import { benchExtract18 } from '/work/wt/timeattr/test/bench/extract-bench.ts';
benchExtract18();
