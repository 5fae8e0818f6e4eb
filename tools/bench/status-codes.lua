-- Counts responses by status code across wrk's threads, printed as "status CODE COUNT" lines.
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  codes = {}
end

function response(status, headers, body)
  codes[status] = (codes[status] or 0) + 1
end

function done(summary, latency, requests)
  local total = {}
  for _, thread in ipairs(threads) do
    for code, count in pairs(thread:get("codes")) do
      total[code] = (total[code] or 0) + count
    end
  end
  for code, count in pairs(total) do
    io.write(string.format("status %d %d\n", code, count))
  end
  io.write(string.format("timeouts %d\n", summary.errors.timeout))
  io.write(string.format("p50ms %.1f\n", latency:percentile(50) / 1000))
  io.write(string.format("p99ms %.1f\n", latency:percentile(99) / 1000))
end
