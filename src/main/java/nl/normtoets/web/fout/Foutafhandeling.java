package nl.normtoets.web.fout;

import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import nl.normtoets.ingest.OnbruikbareInvoer;
import nl.normtoets.norm.CatalogusFout;

/**
 * Every error as an RFC 9457 problem detail (Spring's own exceptions via the base class). Messages about input name
 * the dossier and the field, as the reader produces them; nothing of a request body is logged.
 */
@RestControllerAdvice
public class Foutafhandeling extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(Foutafhandeling.class);

    @ExceptionHandler(OnbruikbareInvoer.class)
    ProblemDetail onbruikbaar(OnbruikbareInvoer e) {
        if (veroorzaaktDoor(e, TeGrootVerzoek.class)) {
            return Problemen.maak(HttpStatus.CONTENT_TOO_LARGE, "te-groot", "Verzoek te groot",
                    "De auditset is groter dan toegestaan (normtoets.max-omvang); het lezen is afgebroken.");
        }
        return Problemen.maak(HttpStatus.BAD_REQUEST, "onbruikbare-auditset", "Onbruikbare auditset", e.getMessage());
    }

    @ExceptionHandler(TeGrootVerzoek.class)
    ProblemDetail teGroot(TeGrootVerzoek e) {
        return Problemen.maak(HttpStatus.CONTENT_TOO_LARGE, "te-groot", "Verzoek te groot", e.getMessage());
    }

    @ExceptionHandler(OngeldigeDossiers.class)
    ProblemDetail ongeldig(OngeldigeDossiers e) {
        ProblemDetail p = Problemen.maak(HttpStatus.UNPROCESSABLE_CONTENT, "ongeldige-dossiers", "Ongeldige dossiers",
                e.afgewezen().size() + " dossier(s) voldoen niet aan het invoercontract; zie 'fouten'. "
                        + "Met ?strikt=false worden de geldige dossiers getoetst en de andere in 'afgewezen' vermeld.");
        List<Map<String, Object>> fouten = e.afgewezen().stream()
                .map(a -> Map.<String, Object>of("dossier", a.dossier(), "fouten", a.fouten())).toList();
        p.setProperty("fouten", fouten);
        return p;
    }

    @ExceptionHandler(Bezet.class)
    org.springframework.http.ResponseEntity<ProblemDetail> bezet(Bezet e) {
        return org.springframework.http.ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(org.springframework.http.HttpHeaders.RETRY_AFTER, String.valueOf(e.opnieuwNaSeconden()))
                .body(Problemen.maak(HttpStatus.SERVICE_UNAVAILABLE, "bezet", "Dienst bezet", e.getMessage()));
    }

    @ExceptionHandler(GeenToegang.class)
    ProblemDetail geenToegang(GeenToegang e) {
        return Problemen.maak(HttpStatus.FORBIDDEN, "geen-toegang", "Geen toegang", e.getMessage());
    }

    @ExceptionHandler(NietGevonden.class)
    ProblemDetail nietGevonden(NietGevonden e) {
        return Problemen.maak(HttpStatus.NOT_FOUND, "niet-gevonden", "Niet gevonden", e.getMessage());
    }

    @ExceptionHandler(CatalogusFout.class)
    ProblemDetail catalogus(CatalogusFout e) {
        LOG.error("normcatalogus onbruikbaar: {}", e.getMessage());
        return Problemen.maak(HttpStatus.INTERNAL_SERVER_ERROR, "normcatalogus", "Normcatalogus onbruikbaar",
                e.getMessage());
    }

    private static boolean veroorzaaktDoor(Throwable t, Class<? extends Throwable> soort) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (soort.isInstance(c)) {
                return true;
            }
        }
        return false;
    }
}
