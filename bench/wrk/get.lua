-- GET scenarios: the URL and headers come from the command line; only the report is added.
dofile("bench/wrk/report.lua")
