-- GET a mix of the dashboard, the pairs list, timelines and claim lists.
local paths = {"/", "/api/dyads", "/api/timeline?a=US&b=KP", "/api/timeline?a=RU&b=UA", "/api/claims?page=0&size=20",
  "/api/articles?page=0&size=20", "/dyads/KP/US", "/api/claims?country=RU&page=0&size=20"}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1])
end
