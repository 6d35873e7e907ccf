package nl.normtoets.web.fout;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerMapping;

/**
 * One line per request: method, the matched route pattern (never the concrete URI, which may hold a dossier id or a
 * kijktoken), status and duration. No bodies, no query strings, no user names.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class Verzoeklog extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(Verzoeklog.class);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long start = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            if (LOG.isInfoEnabled()) {
                Object route = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
                LOG.info("{} {} -> {} ({} ms)", request.getMethod(), route == null ? "(geen route)" : route,
                        response.getStatus(), (System.nanoTime() - start) / 1_000_000);
            }
        }
    }
}
