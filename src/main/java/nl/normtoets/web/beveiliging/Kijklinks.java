package nl.normtoets.web.beveiliging;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import nl.normtoets.web.Instellingen;

/**
 * Short-lived tokens that open one stored audit report in a browser (or a PDF for the board) without a Basic-auth
 * prompt, e.g. for headless Chromium. A token carries the rights of the user who asked for it and works only for
 * that audit; it is random (256 bits), kept in memory only, and expires after {@code normtoets.kijklink-geldig}.
 */
@Component
public class Kijklinks {

    public static final String PARAMETER = "kijktoken";

    private final SecureRandom random = new SecureRandom();
    private final Map<String, Kijklink> tokens = new ConcurrentHashMap<>();
    private final Instellingen instellingen;
    private final Clock klok;

    @Autowired
    public Kijklinks(Instellingen instellingen) {
        this(instellingen, Clock.systemUTC());
    }

    Kijklinks(Instellingen instellingen, Clock klok) {
        this.instellingen = instellingen;
        this.klok = klok;
    }

    public Kijklink geef(Gebruiker gebruiker, String auditId) {
        Instant nu = klok.instant();
        tokens.values().removeIf(k -> k.verlopen(nu));
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Kijklink k = new Kijklink(token, auditId, gebruiker, nu.plus(instellingen.kijklinkGeldig()));
        tokens.put(token, k);
        return k;
    }

    /** The user behind a token, when it is valid and was issued for this audit. */
    public Optional<Gebruiker> gebruiker(String token, String auditId) {
        Kijklink k = token == null ? null : tokens.get(token);
        if (k == null || k.verlopen(klok.instant()) || !k.auditId().equals(auditId)) {
            return Optional.empty();
        }
        return Optional.of(k.gebruiker());
    }

    public record Kijklink(String token, String auditId, Gebruiker gebruiker, Instant geldigTot) {
        boolean verlopen(Instant nu) {
            return !nu.isBefore(geldigTot);
        }
    }
}
