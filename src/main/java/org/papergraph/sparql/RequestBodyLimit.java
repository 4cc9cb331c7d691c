package org.papergraph.sparql;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * Refuses requests over a size: a body at once with 413 when {@code Content-Length} says so, and while reading when a
 * body sent without a length (chunked) grows past it; a query string (a SPARQL query sent by GET) over the same size
 * with 414. Fuseki lets Jetty accept request lines and headers far larger than any query needs, so this filter is
 * what bounds a GET. Jetty caps form bodies at 200,000 bytes on its own.
 */
final class RequestBodyLimit extends HttpFilter {

    private final long maxBytes;

    RequestBodyLimit(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain) throws IOException, ServletException {
        String queryString = req.getQueryString();
        if (queryString != null && queryString.length() > maxBytes) {
            res.sendError(414, "query string of " + queryString.length() + " characters is over the limit of " + maxBytes);
            return;
        }
        long declared = req.getContentLengthLong();
        if (declared > maxBytes) {
            res.setHeader("Connection", "close");
            res.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                    "request body of " + declared + " bytes is over the limit of " + maxBytes + " bytes");
            return;
        }
        chain.doFilter(declared >= 0 ? req : new Capped(req, maxBytes), res);
    }

    /** A request whose body stream fails once more than the limit has been read. */
    private static final class Capped extends HttpServletRequestWrapper {
        private final long maxBytes;
        private ServletInputStream stream;

        Capped(HttpServletRequest request, long maxBytes) {
            super(request);
            this.maxBytes = maxBytes;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) stream = new CountingStream(super.getInputStream(), maxBytes);
            return stream;
        }
    }

    private static final class CountingStream extends ServletInputStream {
        private final ServletInputStream in;
        private final long maxBytes;
        private long read;

        CountingStream(ServletInputStream in, long maxBytes) {
            this.in = in;
            this.maxBytes = maxBytes;
        }

        private void count(long n) throws IOException {
            if (n > 0) read += n;
            if (read > maxBytes) throw new IOException("request body over the limit of " + maxBytes + " bytes");
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) count(1);
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = in.read(buf, off, len);
            count(n);
            return n;
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
