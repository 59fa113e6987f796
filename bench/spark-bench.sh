#!/usr/bin/env bash
# Throughput of the Spark job in local mode on 1 and 2 cores, and the scaling efficiency.
#
#   bench/spark-bench.sh DIR [RUNS=2]      # DIR: a folder of .txt articles (e.g. the MEANTIME texts, see docs/spark.md)
#
# Each core count runs in a JVM of its own: one warm-up run of the whole job (which loads one
# pipeline per core), then RUNS-1 timed runs. Words per CPU-second is the figure to trust on a
# machine shared with other work; efficiency = rate(2 cores) / (2 x rate(1 core)).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dir="$1"; runs="${2:-2}"
[[ -f $here/attest-spark/target/attest-spark.jar && -f $here/attest-spark/target/classpath.txt ]] \
  || (cd "$here" && mvn -q -o -B -pl attest-spark -am package -DskipTests)
cp="$here/attest-spark/target/attest-spark.jar:$(cat "$here/attest-spark/target/classpath.txt")"
opens="--add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.lang.invoke=ALL-UNNAMED --add-opens=java.base/java.lang.reflect=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED --add-opens=java.base/java.net=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.util.concurrent=ALL-UNNAMED --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED --add-opens=java.base/jdk.internal.ref=ALL-UNNAMED --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/sun.nio.cs=ALL-UNNAMED --add-opens=java.base/sun.security.action=ALL-UNNAMED --add-opens=java.base/sun.util.calendar=ALL-UNNAMED -Djdk.reflect.useDirectMethodHandle=false -Dio.netty.tryReflectionSetAccessible=true"
export SPARK_LOCAL_IP=127.0.0.1   # local mode: the loopback address only
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
out=()
for cores in 1 2; do
  line=$(java -Xmx6g -XX:+UseParallelGC -Dfile.encoding=UTF-8 $opens -cp "$cp" org.attest.spark.SparkBench "$dir" "$cores" "$runs" 2>/dev/null | grep '^SPARK-BENCH')
  echo "$line"; out+=("$line")
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
python3 - "${out[@]}" <<'PY'
import sys
rows = [dict(kv.split("=", 1) for kv in l.split()[1:]) for l in sys.argv[1:]]
w1, w2 = float(rows[0]["words/s"]), float(rows[1]["words/s"])
c1, c2 = float(rows[0]["words/cpu-s"]), float(rows[1]["words/cpu-s"])
print(f"scaling efficiency, wall words/s: {w2 / (2 * w1):.2f}  (1 core {w1:,.0f}, 2 cores {w2:,.0f})")
print(f"words per CPU-second: 1 core {c1:,.0f}, 2 cores {c2:,.0f} (ratio {c2 / c1:.2f})")
PY
