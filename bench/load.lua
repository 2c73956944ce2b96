-- wrk script for bench/load.sh: sends the request lines of a file, one request per line,
-- "METHOD PATH" or "METHOD PATH JSON-BODY" (e.g. POST /api/v1/appointments {...}).
-- Usage: wrk -s bench/load.lua URL -- FILE THREADS
-- Thread k of THREADS sends lines k+1, k+1+THREADS, ... so no line is sent twice in one run
-- (each booking takes its own slot); a thread that runs out starts its share again.
local threads = 0

function setup(thread)
  thread:set("first", threads)
  threads = threads + 1
end

function init(args)
  local file, step = args[1], tonumber(args[2])
  requests, next_index = {}, 1
  local n = 0
  for line in io.lines(file) do
    if n % step == first then
      local method, path, body = line:match("^(%S+) (%S+) ?(.*)$")
      local headers = {}
      for name, value in pairs(wrk.headers) do headers[name] = value end
      if body == "" then
        body = nil
      else
        -- FHIR's own media type on /fhir (a FHIR client sends it), plain JSON elsewhere.
        headers["Content-Type"] = path:find("^/fhir/") and "application/fhir+json" or "application/json"
      end
      requests[#requests + 1] = wrk.format(method, path, headers, body)
    end
    n = n + 1
  end
end

function request()
  local r = requests[next_index]
  next_index = next_index % #requests + 1
  return r
end
