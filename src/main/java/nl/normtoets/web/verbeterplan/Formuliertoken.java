package nl.normtoets.web.verbeterplan;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import nl.normtoets.web.fout.GeenToegang;

/**
 * The CSRF token of the verbeterplan's forms. The service keeps no sessions (HTTP Basic, see Beveiliging), so the
 * token is not stored: it is the user's name and an expiry signed with a key made at start-up (HMAC-SHA256). A form
 * posted from elsewhere cannot know it; {@code Herkomst} refuses cross-site posts besides. A restart makes open
 * forms stale, which only asks the user to load the page again.
 */
@Component
public class Formuliertoken {

    public static final String VELD = "_token";
    static final Duration GELDIG = Duration.ofHours(8);

    private final byte[] sleutel = new byte[32];
    private final Clock klok;

    @Autowired
    public Formuliertoken(Clock klok) {
        this.klok = klok;
        new SecureRandom().nextBytes(sleutel);
    }

    public String geef(String gebruiker) {
        long tot = klok.instant().plus(GELDIG).getEpochSecond();
        return tot + "." + handtekening(gebruiker, tot);
    }

    /** Throws GeenToegang (403) when the token is missing, expired or not this user's. */
    public void controleer(String gebruiker, String token) {
        if (!geldig(gebruiker, token)) {
            throw new GeenToegang("Het formulier is verlopen of komt niet van deze dienst; laad de pagina opnieuw.");
        }
    }

    boolean geldig(String gebruiker, String token) {
        if (token == null) {
            return false;
        }
        int punt = token.indexOf('.');
        if (punt <= 0) {
            return false;
        }
        long tot;
        try {
            tot = Long.parseLong(token.substring(0, punt));
        } catch (NumberFormatException e) {
            return false;
        }
        if (klok.instant().getEpochSecond() > tot) {
            return false;
        }
        return MessageDigest.isEqual(handtekening(gebruiker, tot).getBytes(StandardCharsets.US_ASCII),
                token.substring(punt + 1).getBytes(StandardCharsets.US_ASCII));
    }

    private String handtekening(String gebruiker, long tot) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(sleutel, "HmacSHA256"));
            byte[] h = mac.doFinal((gebruiker + "\n" + tot).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(h);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
