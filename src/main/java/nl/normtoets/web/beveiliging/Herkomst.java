package nl.normtoets.web.beveiliging;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

import nl.normtoets.web.fout.Problemen;

/**
 * Refuses a state-changing request (anything but GET, HEAD, OPTIONS) that a browser sends from another site. A
 * browser re-sends a stored Basic login with a cross-site form POST, so without this a page elsewhere could have a
 * logged-in user make a kijklink. Browsers say where a request comes from (Sec-Fetch-Site, Origin); clients that are
 * not browsers send neither and are not affected.
 */
public class Herkomst extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String methode = request.getMethod();
        if ("GET".equals(methode) || "HEAD".equals(methode) || "OPTIONS".equals(methode) || vanHier(request)) {
            chain.doFilter(request, response);
            return;
        }
        Problemen.schrijf(response, HttpServletResponse.SC_FORBIDDEN, "Verzoek van een andere site",
                "Dit verzoek komt van een andere website en wordt geweigerd; open normtoets zelf en probeer opnieuw.");
    }

    static boolean vanHier(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null) {
            // a browser sets this header itself and no page script can: it is the browser's own word. Under the
            // pages' "Referrer-Policy: no-referrer" a plain form POST carries "Origin: null", so Origin alone would
            // refuse this site's own forms (verbeterplan, dossierlezing)
            return site.equals("same-origin") || site.equals("none");
        }
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return true;
        }
        try {
            URI o = URI.create(origin);
            int poort = o.getPort() >= 0 ? o.getPort() : "https".equalsIgnoreCase(o.getScheme()) ? 443 : 80;
            return o.getHost() != null && o.getHost().equalsIgnoreCase(request.getServerName())
                    && poort == request.getServerPort();
        } catch (IllegalArgumentException e) {
            return false; // "null" (a sandboxed page) or garbage: not this site
        }
    }
}
