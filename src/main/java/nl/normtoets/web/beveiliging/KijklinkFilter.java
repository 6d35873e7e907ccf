package nl.normtoets.web.beveiliging;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.web.filter.OncePerRequestFilter;

import nl.normtoets.web.fout.Problemen;

/**
 * Authenticates {@code GET /api/audits/{id}?kijktoken=...} as the user who issued the token. Only GET, so reading the
 * parameter never consumes a request body; any other use of the parameter is ignored and needs normal login.
 */
public class KijklinkFilter extends OncePerRequestFilter {

    private static final Pattern RAPPORT = Pattern.compile("/api/audits/([A-Za-z0-9-]+)");

    private final Kijklinks kijklinks;

    public KijklinkFilter(Kijklinks kijklinks) {
        this.kijklinks = kijklinks;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Matcher m = RAPPORT.matcher(request.getRequestURI());
        if (!"GET".equals(request.getMethod()) || !m.matches() || request.getParameter(Kijklinks.PARAMETER) == null) {
            chain.doFilter(request, response);
            return;
        }
        var gebruiker = kijklinks.gebruiker(request.getParameter(Kijklinks.PARAMETER), m.group(1));
        if (gebruiker.isEmpty()) {
            Problemen.schrijf(response, HttpServletResponse.SC_UNAUTHORIZED, "Kijklink ongeldig",
                    "De kijklink is verlopen of hoort niet bij dit rapport; vraag een nieuwe aan.");
            return;
        }
        var context = new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated(
                gebruiker.get(), null, gebruiker.get().getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
