package org.papergraph.sparql;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Sends small answers of the SPARQL endpoint whole, with a {@code Content-Length}, instead of Fuseki's chunked
 * stream. Fuseki flushes its result writers, which commits the response as chunked and sends the terminating chunk
 * in a second write when the request ends; on the development machine that costs a small query about 20 ms of
 * waiting over HTTP (BENCHMARKS.md, "The HTTP floor"), more than the query itself. Up to {@link #limit} bytes are
 * held and written in one go when the request ends; a larger answer switches to streaming as soon as it passes the
 * limit, so memory stays bounded and big results still stream.
 */
final class ResponseBuffering extends HttpFilter {

    private final int limit;

    ResponseBuffering(int limit) {
        this.limit = limit;
    }

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain) throws IOException, ServletException {
        Buffered wrapped = new Buffered(res, limit);
        // only a request that ended normally sends what is held: a query stopped half-way (the watchdog, an error)
        // leaves nothing committed, so the container answers with an error instead of a cut answer that looks whole
        chain.doFilter(req, wrapped);
        wrapped.finish();
    }

    /** The response with an output stream that holds bytes until the limit, then streams. */
    private static final class Buffered extends HttpServletResponseWrapper {
        private final HttpServletResponse response;
        private final int limit;
        private final ByteArrayOutputStream held = new ByteArrayOutputStream();
        private ServletOutputStream stream;
        private PrintWriter writer;
        private boolean streaming;

        Buffered(HttpServletResponse response, int limit) {
            super(response);
            this.response = response;
            this.limit = limit;
        }

        @Override
        public ServletOutputStream getOutputStream() {
            if (stream == null) stream = new HoldingStream();
            return stream;
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) {
                String cs = response.getCharacterEncoding();
                Charset charset = cs == null ? StandardCharsets.ISO_8859_1 : Charset.forName(cs);
                writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), charset));
            }
            return writer;
        }

        @Override
        public void flushBuffer() throws IOException {
            if (streaming) response.flushBuffer();   // while holding, a flush is exactly what this class avoids
        }

        @Override
        public void setBufferSize(int size) {
            if (streaming) response.setBufferSize(size);
        }

        @Override
        public void resetBuffer() {
            if (!streaming) held.reset();
            else response.resetBuffer();
        }

        @Override
        public void reset() {
            if (!streaming) held.reset();
            response.reset();
        }

        @Override
        public boolean isCommitted() {
            return streaming && response.isCommitted();
        }

        /** Past the limit: what is held goes out and the rest streams. */
        private void startStreaming() throws IOException {
            streaming = true;
            held.writeTo(response.getOutputStream());
            held.reset();
        }

        /** At the end of the request: whatever is still held goes out in one write, with its length. */
        void finish() throws IOException {
            if (writer != null) writer.flush();
            // streamed already, nothing written, or an error page sent past the wrapper: nothing held to send
            if (streaming || stream == null || response.isCommitted()) return;
            response.setContentLength(held.size());
            held.writeTo(response.getOutputStream());
            held.reset();
        }

        private final class HoldingStream extends ServletOutputStream {
            @Override
            public void write(int b) throws IOException {
                if (streaming) {
                    response.getOutputStream().write(b);
                    return;
                }
                held.write(b);
                if (held.size() > limit) startStreaming();
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                if (!streaming && held.size() + len > limit) startStreaming();
                if (streaming) response.getOutputStream().write(b, off, len);
                else held.write(b, off, len);
            }

            @Override
            public void flush() throws IOException {
                if (streaming) response.getOutputStream().flush();
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {
                throw new UnsupportedOperationException("papergraph's endpoint writes its answers blocking");
            }
        }
    }
}
