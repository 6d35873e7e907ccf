package nl.normtoets.web.beveiliging;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

import nl.normtoets.web.fout.Problemen;

/**
 * Slows down password guessing, per login name and per client address: after {@link #VRIJ} failed logins in a row
 * each further attempt waits twice as long as the last (1 s, 2 s, 4 s, ... up to {@link #MAX_WACHT}); while waiting a
 * request gets 429 with Retry-After, without its password being checked. A success clears the name's count; a count
 * is forgotten after {@link #VERGEET} without failures. Each failure is logged with the login name (a configured
 * user's name; any other name only as a hash, since people type passwords into the name field) and the address,
 * never the password.
 */
public class Aanmeldrem extends OncePerRequestFilter {

    static final int VRIJ = 5;
    static final Duration MAX_WACHT = Duration.ofMinutes(15);
    static final Duration VERGEET = Duration.ofMinutes(30);
    /** Entries kept at most; past it the oldest are dropped (a flood of names cannot fill the memory). */
    private static final int MAX_SLEUTELS = 10_000;

    private static final Logger LOG = LoggerFactory.getLogger(Aanmeldrem.class);

    private final Gebruikers gebruikers;
    private final Clock klok;
    private final Map<String, Pogingen> pogingen = new ConcurrentHashMap<>();

    public Aanmeldrem(Gebruikers gebruikers, Clock klok) {
        this.gebruikers = gebruikers;
        this.klok = klok;
    }

    private static final class Pogingen {
        int mislukt;
        Instant laatste;
        Instant wachtTot = Instant.EPOCH;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String naam = basicNaam(request.getHeader("Authorization"));
        if (naam == null) {
            chain.doFilter(request, response);
            return;
        }
        String gebruiker = "gebruiker:" + naam.toLowerCase(Locale.ROOT);
        String adres = "adres:" + request.getRemoteAddr();
        Instant nu = klok.instant();
        long wacht = Math.max(wachttijd(gebruiker, nu), wachttijd(adres, nu));
        if (wacht > 0) {
            LOG.warn("aanmelding geweigerd (te veel mislukte pogingen): gebruiker {} adres {}", wieVoorLog(naam),
                    request.getRemoteAddr());
            response.setHeader("Retry-After", String.valueOf(wacht));
            Problemen.schrijf(response, 429, "Te veel mislukte aanmeldingen",
                    "Na meerdere mislukte aanmeldingen moet u even wachten; probeer het over " + wacht
                            + " seconden opnieuw.");
            return;
        }
        chain.doFilter(request, response);
        if (response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED) {
            mislukt(gebruiker, nu);
            mislukt(adres, nu);
            LOG.warn("mislukte aanmelding: gebruiker {} adres {}", wieVoorLog(naam), request.getRemoteAddr());
        } else {
            pogingen.remove(gebruiker);
        }
    }

    /** Seconds until the key may try again; 0 when it may now. */
    private long wachttijd(String sleutel, Instant nu) {
        Pogingen p = pogingen.get(sleutel);
        if (p == null) {
            return 0;
        }
        synchronized (p) {
            if (p.laatste != null && p.laatste.plus(VERGEET).isBefore(nu)) {
                pogingen.remove(sleutel, p);
                return 0;
            }
            long ms = Duration.between(nu, p.wachtTot).toMillis();
            return ms <= 0 ? 0 : (ms + 999) / 1000;
        }
    }

    private void mislukt(String sleutel, Instant nu) {
        if (pogingen.size() >= MAX_SLEUTELS && !pogingen.containsKey(sleutel)) {
            pogingen.entrySet().removeIf(e -> e.getValue().laatste.plus(VERGEET).isBefore(nu));
            if (pogingen.size() >= MAX_SLEUTELS) {
                pogingen.clear(); // under a flood of names: forget rather than grow; addresses count again at once
            }
        }
        Pogingen p = pogingen.computeIfAbsent(sleutel, k -> new Pogingen());
        synchronized (p) {
            p.mislukt++;
            p.laatste = nu;
            if (p.mislukt >= VRIJ) {
                long seconden = 1L << Math.min(20, p.mislukt - VRIJ);
                p.wachtTot = nu.plus(Duration.ofSeconds(Math.min(seconden, MAX_WACHT.toSeconds())));
            }
        }
    }

    /** A configured user by name; any other name only as a short hash. */
    private String wieVoorLog(String naam) {
        try {
            gebruikers.loadUserByUsername(naam);
            return naam;
        } catch (RuntimeException onbekend) {
            try {
                byte[] h = MessageDigest.getInstance("SHA-256").digest(naam.getBytes(StandardCharsets.UTF_8));
                return "onbekend#" + HexFormat.of().formatHex(h, 0, 4);
            } catch (NoSuchAlgorithmException e) {
                return "onbekend";
            }
        }
    }

    /** The user name of a Basic header; null when there is none or it is not Basic. */
    static String basicNaam(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String s = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int dubbelepunt = s.indexOf(':');
            return dubbelepunt < 0 ? s : s.substring(0, dubbelepunt);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}
