package org.papergraph.explore;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.fuseki.main.FusekiServer;
import org.papergraph.store.TdbStore;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The browser side of {@code papergraph serve}: pages served on the endpoint's port. Installs its servlets on the
 * server being built.
 */
public final class Explorer {

    private Explorer() {}

    public static void install(FusekiServer.Builder server, TdbStore store) {
        // "" is the servlet mapping of the context root alone; Fuseki keeps "/" for its own 404 servlet
        server.addServlet("", new LandingPage());
    }

    /** The root page: what this server offers. */
    static final class LandingPage extends HttpServlet {
        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            if (!"/".equals(req.getRequestURI()) && !req.getRequestURI().isEmpty()) {
                resp.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            resp.setContentType("text/html;charset=utf-8");
            resp.getOutputStream().write(("""
                    <!doctype html><html lang="en"><head><meta charset="utf-8"><title>papergraph</title></head>
                    <body><h1>papergraph</h1><p>SPARQL 1.1 endpoint (read-only): <a href="/kg/sparql">/kg/sparql</a>.
                    Graph Store Protocol (read): <a href="/kg/data">/kg/data</a>.</p></body></html>
                    """).getBytes(StandardCharsets.UTF_8));
        }
    }
}
