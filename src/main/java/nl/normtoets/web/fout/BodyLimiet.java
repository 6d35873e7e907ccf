package nl.normtoets.web.fout;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import nl.normtoets.web.Instellingen;

/**
 * Refuses bodies over {@code normtoets.max-omvang} with 413. A declared Content-Length over the limit is refused before
 * a byte is read; a chunked body is counted as it streams and reading fails at the limit ({@link TeGrootVerzoek}),
 * so the audit set is never read whole. Runs first, before authentication, so nothing else reads the body.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class BodyLimiet extends OncePerRequestFilter {

    private final long limiet;

    public BodyLimiet(Instellingen instellingen) {
        this.limiet = instellingen.maxOmvang().toBytes();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > limiet) {
            Problemen.schrijf(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "Verzoek te groot",
                    "De auditset is groter dan de toegestane " + limiet + " bytes (normtoets.max-omvang).");
            // Send it now: Tomcat would otherwise first try to swallow the unread body before writing the answer.
            response.flushBuffer();
            return;
        }
        chain.doFilter(new Begrensd(request, limiet), response);
    }

    private static final class Begrensd extends HttpServletRequestWrapper {
        private final long limiet;
        private ServletInputStream stroom;

        Begrensd(HttpServletRequest request, long limiet) {
            super(request);
            this.limiet = limiet;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stroom == null) {
                stroom = new Teller(super.getInputStream(), limiet);
            }
            return stroom;
        }
    }

    private static final class Teller extends ServletInputStream {
        private final ServletInputStream bron;
        private final long limiet;
        private long gelezen;

        Teller(ServletInputStream bron, long limiet) {
            this.bron = bron;
            this.limiet = limiet;
        }

        private void tel(long n) throws TeGrootVerzoek {
            if (n > 0) {
                gelezen += n;
                if (gelezen > limiet) {
                    throw new TeGrootVerzoek(limiet);
                }
            }
        }

        @Override
        public int read() throws IOException {
            int b = bron.read();
            tel(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = bron.read(buf, off, len);
            tel(n);
            return n;
        }

        @Override
        public boolean isFinished() {
            return bron.isFinished();
        }

        @Override
        public boolean isReady() {
            return bron.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            bron.setReadListener(listener);
        }
    }
}
