package dev.claimline.dashboard.page;

import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Pages that do not exist are answered with an HTML page, not the API's JSON problem. */
public class PageErrorMapper {
    @ServerExceptionMapper
    public Response notFound(PageNotFoundException e) {
        return ErrorPages.notFound(e.getMessage());
    }
}
