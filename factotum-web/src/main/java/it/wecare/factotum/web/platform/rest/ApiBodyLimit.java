package it.wecare.factotum.web.platform.rest;

import it.wecare.factotum.web.platform.ErrorDispatch;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The API's bodies are small JSON documents: one over {@link #LIMIT} bytes is refused before it is read
 * (413, problem+json naming the limit) when its length is declared, and stops being read at the limit when
 * it is sent in chunks. Photos do not travel through the API.
 */
@WebFilter("/api/*")
public class ApiBodyLimit extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** 1 MiB: a request with a 5,000-character description is about 6 KB. */
    static final long LIMIT = 1024 * 1024;

    static final String DETAIL = "The request body is larger than the limit of 1 MiB (1,048,576 bytes).";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getContentLengthLong() > LIMIT) {
            request.setAttribute(ErrorDispatch.DETAIL, DETAIL);
            response.setHeader("Connection", "close");
            response.sendError(413);
            return;
        }
        chain.doFilter(request.getContentLengthLong() >= 0 ? request : new Limited(request), response);
    }

    /** A body without a declared length, read up to the limit. */
    private static final class Limited extends HttpServletRequestWrapper {
        private ServletInputStream limited;

        Limited(HttpServletRequest request) {
            super(request);
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (limited == null) {
                ServletInputStream in = super.getInputStream();
                limited = new ServletInputStream() {
                    private long read;

                    @Override
                    public int read() throws IOException {
                        int b = in.read();
                        if (b >= 0 && ++read > LIMIT) {
                            throw new IOException(DETAIL);
                        }
                        return b;
                    }

                    @Override
                    public int read(byte[] buffer, int offset, int length) throws IOException {
                        int n = in.read(buffer, offset, length);
                        if (n > 0 && (read += n) > LIMIT) {
                            throw new IOException(DETAIL);
                        }
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
                };
            }
            return limited;
        }
    }
}
