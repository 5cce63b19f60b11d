"""Measures one URL class's throughput and latency with wrk (the Debian package), which costs
the machine far less per request than a Python load generator: its ceiling is well above the
server's, so what it reports is the server's.

wrk runs a closed loop: each connection sends its next request as soon as the last is answered.
A small Lua script cycles through the class's addresses, adds the headers (the session cookie,
the proxy's X-Forwarded-Proto) and prints the results as JSON when the run ends.
"""

import json
import subprocess
import tempfile
from pathlib import Path
from urllib.parse import quote

SCRIPT = """
local paths = {%(paths)s}
local headers = {%(headers)s}
local next_path = 0
request = function()
    next_path = next_path %% #paths + 1
    return wrk.format("GET", paths[next_path], headers)
end
done = function(summary, latency, requests)
    local errors = summary.errors
    io.write("RESULT ", string.format(
        '{"requests": %%d, "duration_us": %%d, "status_errors": %%d, "socket_errors": %%d, '
        .. '"p50_us": %%d, "p99_us": %%d, "mean_us": %%.1f}',
        summary.requests, summary.duration, errors.status,
        errors.connect + errors.read + errors.write + errors.timeout,
        latency:percentile(50), latency:percentile(99), latency.mean), "\\n")
end
"""


def _lua_string(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def measure(urls, host, headers, connections, seconds, warmup_seconds=0):
    """{"requests", "errors", "rps", "median_ms", "p99_ms", "mean_ms"} of `seconds` of load
    with `connections` at once, after `warmup_seconds` of the same load left uncounted."""
    # wrk sends the path as given: "työllisyys" must go percent-encoded, as a browser sends it.
    paths = ", ".join(_lua_string(quote(url, safe="/?=&%:+;,@")) for url in urls)
    lua_headers = ", ".join(f"[{_lua_string(k)}] = {_lua_string(v)}" for k, v in headers.items())
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
        script.write(SCRIPT % {"paths": paths, "headers": lua_headers})
    try:
        if warmup_seconds:
            _run(script.name, host, connections, warmup_seconds)
        result = _run(script.name, host, connections, seconds)
    finally:
        Path(script.name).unlink()
    elapsed = result["duration_us"] / 1e6
    return {
        "requests": result["requests"],
        "errors": result["status_errors"] + result["socket_errors"],
        "rps": round(result["requests"] / elapsed, 1) if elapsed else 0.0,
        "median_ms": round(result["p50_us"] / 1000, 2),
        "p99_ms": round(result["p99_us"] / 1000, 2),
        "mean_ms": round(result["mean_us"] / 1000, 2),
    }


def _run(script, host, connections, seconds):
    # One thread is plenty for wrk and leaves the cores to the server.
    command = [
        "wrk",
        "--threads",
        "1",
        "--connections",
        str(connections),
        "--duration",
        f"{max(1, round(seconds))}s",
        "--timeout",
        "10s",
        "--script",
        script,
        host,
    ]
    output = subprocess.run(command, capture_output=True, text=True, check=True).stdout  # noqa: S603
    line = next(line for line in output.splitlines() if line.startswith("RESULT "))
    return json.loads(line.removeprefix("RESULT "))
