package org.papergraph.explore;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFWriter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

/**
 * Linked Data: answers for the resource IRI {@code {base}{path}} at {@code /resource/{path}} (and at the IRI's own
 * path when the base points at this server). Browsers get the entity, paper or resource page; clients that ask
 * for Turtle, N-Triples, JSON-LD or RDF/XML (Accept header, or {@code ?format=} from the page links) get the
 * resource's description. Every answer varies by Accept.
 */
final class ResourceServlet extends PageServlet {

    ResourceServlet(ExplorerSite site) {
        super(site);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setHeader("Vary", "Accept");
        String path = req.getPathInfo();
        if (path == null || path.length() < 2) {
            notFound(resp, "Name a resource: /resource/entity/…, /resource/paper/….");
            return;
        }
        Node iri = site.paths.iri(path.substring(1));
        ContentNegotiation.Choice choice = ContentNegotiation.choose(req.getHeader("Accept"), req.getParameter("format"));
        if (!choice.acceptable()) {
            send(resp, HttpServletResponse.SC_NOT_ACCEPTABLE, "text/plain;charset=utf-8",
                    "Not acceptable: this resource is available as text/html, text/turtle, application/n-triples, "
                            + "application/ld+json and application/rdf+xml.\n");
            return;
        }
        if (choice.rdf() != null) {
            sendRdf(resp, iri, choice.rdf());
        } else {
            sendPage(req, resp, iri);
        }
    }

    private void sendRdf(HttpServletResponse resp, Node iri, RdfFormat format) throws IOException {
        byte[] body = site.store.read(dsg -> {
            Graph description = site.descriptions.describe(dsg, iri);
            if (description.isEmpty()) return null;
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            RDFWriter.source(description).format(format.jenaFormat()).output(out);
            return out.toByteArray();
        });
        if (body == null) {
            send(resp, HttpServletResponse.SC_NOT_FOUND, "text/plain;charset=utf-8", "The store says nothing about " + iri.getURI() + "\n");
            return;
        }
        resp.setStatus(HttpServletResponse.SC_OK);
        resp.setContentType(format.mediaType() + (format == RdfFormat.RDFXML ? "" : ";charset=utf-8"));
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }

    private void sendPage(HttpServletRequest req, HttpServletResponse resp, Node iri) throws IOException {
        ResourcePaths paths = site.paths;
        if (paths.isNote(iri)) {
            // a note is shown where it is read: in its paper's page
            String note = iri.getURI();
            seeOther(resp, paths.href(paths.paperOfNote(iri)) + "#note-" + note.substring(note.lastIndexOf('/') + 1));
            return;
        }
        String graphPrefix = paths.iris().base() + "graph/paper/";
        if (iri.getURI().startsWith(graphPrefix)) {
            seeOther(resp, paths.href(paths.iri("paper/" + iri.getURI().substring(graphPrefix.length()))));
            return;
        }
        CorpusIndex index = site.index.get();
        String html;
        if (paths.isPaper(iri)) {
            html = site.store.read(dsg -> {
                PaperView v = site.papers.load(dsg, index, iri);
                return v == null ? null : PaperPage.render(v, paths);
            });
        } else if (paths.isEntity(iri)) {
            int page = pageParameter(req);
            html = site.store.read(dsg -> {
                EntityView v = site.entities.load(dsg, index, iri, page);
                return v == null ? null : EntityPage.render(v, paths);
            });
        } else {
            html = site.store.read(dsg -> {
                Graph d = site.descriptions.describe(dsg, iri);
                return d.isEmpty() ? null : ResourcePage.render(iri, d, paths);
            });
        }
        if (html == null) {
            notFound(resp, "The store says nothing about " + iri.getURI() + ".");
        } else {
            sendHtml(resp, HttpServletResponse.SC_OK, html);
        }
    }

    private static void seeOther(HttpServletResponse resp, String location) {
        resp.setStatus(HttpServletResponse.SC_SEE_OTHER);
        resp.setHeader("Location", location);
    }

    /** {@code ?page=N}, counted from 1 in the address and from 0 in the view; anything else is the first page. */
    static int pageParameter(HttpServletRequest req) {
        String p = req.getParameter("page");
        if (p == null) return 0;
        try {
            return Math.max(0, Integer.parseInt(p.strip()) - 1);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
