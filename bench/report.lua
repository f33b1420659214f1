-- wrk reports one line that bench/run reads: requests/s, p50 and p99 in ms, socket errors, non-2xx answers.
done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("RESULT %.0f %.2f %.2f %d %d\n",
    summary.requests / (summary.duration / 1000000),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    errors, summary.errors.status))
end
