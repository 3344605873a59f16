-- POST /api/articles with varied country pairs, so that claims are new statements, not reports of one.
local names = {"The United States","Russia","China","Japan","South Korea","North Korea","Iran","Israel","Turkey","Greece",
  "India","Pakistan","Ukraine","Poland","Germany","France","the United Kingdom","Venezuela","Colombia","Armenia",
  "Azerbaijan","Serbia","Kosovo","Ethiopia","Sudan","Egypt","Brazil","Argentina","Vietnam","the Philippines"}
local verbs = {"shipping artillery rockets to","sending drones to","training militants for","smuggling weapons to"}
local n = 0
math.randomseed(42)
request = function()
  n = n + 1
  local a = names[math.random(#names)]
  local b = names[math.random(#names)]
  local c = names[math.random(#names)]
  local v = verbs[math.random(#verbs)]
  local body = string.format('{"title":"Load test %d","body":"%s said on Monday that %s was %s %s. %s denied the report on Wednesday, calling it a fabrication.","publishedAt":"2024-0%d-1%d"}',
    n, a, b, v, c, b, math.random(9), math.random(9))
  return wrk.format("POST", "/api/articles", {["Content-Type"]="application/json"}, body)
end
