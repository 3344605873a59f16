package dev.claimline.dashboard.page;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The HTML error pages, for pages that do not exist; the API answers with problem details instead. */
public final class ErrorPages {
    @CheckedTemplate
    static class Templates {
        static native TemplateInstance notFound(String message);
    }

    private ErrorPages() {}

    /** The rendered 404 page, saying {@code message}. */
    public static String notFound(String message) {
        return Templates.notFound(message).render();
    }
}
