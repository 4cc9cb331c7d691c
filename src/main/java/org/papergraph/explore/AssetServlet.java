package org.papergraph.explore;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.webjars.WebJarVersionLocator;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Static files from the class path: the explorer's own CSS and scripts ({@code /static/…}, from
 * {@code papergraph/explore/static/}) and WebJars ({@code /webjars/NAME/PATH}, the version found by
 * webjars-locator-lite, so pages name no version and the pom alone decides it). Nothing is fetched from
 * elsewhere: the pages work offline.
 */
final class AssetServlet extends HttpServlet {

    private static final Pattern SAFE_PATH = Pattern.compile("[A-Za-z0-9._/-]+");
    private static final Map<String, String> TYPES = Map.of(
            "js", "text/javascript;charset=utf-8", "mjs", "text/javascript;charset=utf-8", "css", "text/css;charset=utf-8",
            "svg", "image/svg+xml", "png", "image/png", "woff2", "font/woff2", "woff", "font/woff", "ttf", "font/ttf",
            "map", "application/json;charset=utf-8", "json", "application/json;charset=utf-8");

    /** Where files come from. */
    enum Source { OWN, WEBJARS }

    private static final WebJarVersionLocator LOCATOR = new WebJarVersionLocator();

    private final Source source;

    AssetServlet(Source source) {
        this.source = source;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo();
        String resource = path == null ? null : classpathName(path.substring(1));
        String ext = path == null ? "" : path.substring(path.lastIndexOf('.') + 1);
        String type = TYPES.get(ext);
        InputStream in = resource == null || type == null ? null : AssetServlet.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try (in) {
            resp.setContentType(type);
            resp.setHeader("X-Content-Type-Options", "nosniff");
            resp.setHeader("Cache-Control", source == Source.WEBJARS ? "public, max-age=86400" : "public, max-age=300");
            in.transferTo(resp.getOutputStream());
        }
    }

    /** The class path name of a requested file, or null for a path that could leave its folder. */
    private String classpathName(String path) {
        if (path.isEmpty() || !SAFE_PATH.matcher(path).matches() || path.contains("..") || path.startsWith("/")) return null;
        if (source == Source.OWN) return "papergraph/explore/static/" + path;
        int slash = path.indexOf('/');
        if (slash <= 0) return null;
        return LOCATOR.fullPath(path.substring(0, slash), path.substring(slash + 1));
    }
}
