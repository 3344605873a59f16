#!/bin/bash
# Used for BENCHMARKS.md "The service in a pod"; PID is the JVM, PORT its HTTP port.
# sample.sh PID PORT SECONDS LABEL: RSS (MiB), heap used/committed and non-heap used (MiB), CPU% once per second
pid=$1; port=$2; secs=$3; label=$4
hz=$(getconf CLK_TCK)
prev=$(awk '{print $14+$15}' /proc/$pid/stat); prevt=$(date +%s.%N)
for i in $(seq 1 $secs); do
  sleep 1
  rss=$(awk '/VmRSS/{print int($2/1024)}' /proc/$pid/status)
  now=$(awk '{print $14+$15}' /proc/$pid/stat); nowt=$(date +%s.%N)
  cpu=$(echo "scale=0; 100*($now-$prev)/$hz/($nowt-$prevt)" | bc); prev=$now; prevt=$nowt
  m=$(curl -s localhost:$port/q/metrics)
  heap=$(echo "$m" | grep '^jvm_memory_used_bytes{area="heap"' | awk '{s+=$NF} END{printf "%d", s/1048576}')
  heapc=$(echo "$m" | grep '^jvm_memory_committed_bytes{area="heap"' | awk '{s+=$NF} END{printf "%d", s/1048576}')
  nonheap=$(echo "$m" | grep '^jvm_memory_used_bytes{area="nonheap"' | awk '{s+=$NF} END{printf "%d", s/1048576}')
  echo "$label $i rss=$rss heap_used=$heap heap_committed=$heapc nonheap=$nonheap cpu=$cpu"
done
