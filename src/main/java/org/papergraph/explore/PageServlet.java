package org.papergraph.explore;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Base of the explorer's servlets: GET and HEAD only (HttpServlet answers 405 to the rest), the same security
 * headers on every answer, and a short error page instead of a stack trace.
 */
abstract class PageServlet extends HttpServlet {

    private static final Logger LOG = LoggerFactory.getLogger(PageServlet.class);

    /**
     * Scripts and everything else from this server only, no inline script (data for scripts travels in
     * {@code <script type="application/json">} blocks, which never run); inline styles are allowed because
     * cytoscape.js and YASGUI set them.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; "
            + "form-action 'self'; frame-ancestors 'none'";

    protected final ExplorerSite site;

    PageServlet(ExplorerSite site) {
        this.site = site;
    }

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        securityHeaders(resp);
        try {
            super.service(req, resp);
        } catch (RuntimeException e) {
            LOG.warn("{} {}: {}", req.getMethod(), req.getRequestURI(), e.toString(), e);
            if (!resp.isCommitted()) {
                resp.reset();
                sendHtml(resp, HttpServletResponse.SC_INTERNAL_SERVER_ERROR, errorPage("Something went wrong",
                        "The page could not be built: " + e.getClass().getSimpleName() + "."));
            }
        }
    }

    static void sendHtml(HttpServletResponse resp, int status, String html) throws IOException {
        send(resp, status, "text/html;charset=utf-8", html);
    }

    private static void securityHeaders(HttpServletResponse resp) {
        resp.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setHeader("Referrer-Policy", "same-origin");
    }

    static void send(HttpServletResponse resp, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        securityHeaders(resp);   // again: an error answer follows a reset, which clears them
        resp.setStatus(status);
        resp.setContentType(contentType);
        resp.setContentLength(bytes.length);
        resp.getOutputStream().write(bytes);
    }

    static String errorPage(String title, String message) {
        return Html.page(title, Html.Section.EXPLORE, "<h1>" + Html.text(title) + "</h1><p>" + Html.text(message) + "</p>");
    }

    static void notFound(HttpServletResponse resp, String what) throws IOException {
        sendHtml(resp, HttpServletResponse.SC_NOT_FOUND, errorPage("Not found", what));
    }
}
