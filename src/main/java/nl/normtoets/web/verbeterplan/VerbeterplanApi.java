package nl.normtoets.web.verbeterplan;

import java.net.URI;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import nl.normtoets.geschiedenis.Actiekoers;
import nl.normtoets.geschiedenis.Verbeteractie;
import nl.normtoets.web.beveiliging.Gebruiker;
import nl.normtoets.web.fout.Problemen;

/**
 * The verbeterplan as JSON, beside the history API: list with course, one action, add, replace. Errors are RFC 9457
 * problem details (400 with {@code fouten} per field, 403, 404). Non-browser clients need no form token; browsers'
 * cross-site posts are refused by Herkomst.
 */
@RestController
@RequestMapping(value = "/api/verbeterplan", produces = MediaType.APPLICATION_JSON_VALUE)
public class VerbeterplanApi {

    private final Verbeterplandienst dienst;

    public VerbeterplanApi(Verbeterplandienst dienst) {
        this.dienst = dienst;
    }

    @Operation(summary = "De verbeteracties van een organisatie met hun koers (gehaald, op koers, achter, onbekend)")
    @GetMapping
    public List<Actiekoers> lijst(@RequestParam String organisatie, @AuthenticationPrincipal Gebruiker gebruiker) {
        return dienst.acties(organisatie, gebruiker);
    }

    @Operation(summary = "Eén verbeteractie met haar koers")
    @GetMapping("/{id}")
    public Actiekoers actie(@PathVariable String id, @AuthenticationPrincipal Gebruiker gebruiker) {
        return dienst.actie(id, gebruiker);
    }

    @Operation(summary = "Voegt een verbeteractie toe aan het verbeterplan van een organisatie")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Verbeteractie> voegToe(@RequestParam String organisatie, @RequestBody Actieinvoer invoer,
                                                 @AuthenticationPrincipal Gebruiker gebruiker) {
        Verbeteractie a = dienst.voegToe(organisatie, invoer, gebruiker);
        return ResponseEntity.created(URI.create("/api/verbeterplan/" + a.id())).body(a);
    }

    @Operation(summary = "Vervangt een verbeteractie (alle velden behalve id en organisatie)")
    @PutMapping(value = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    public Verbeteractie wijzig(@PathVariable String id, @RequestBody Actieinvoer invoer,
                                @AuthenticationPrincipal Gebruiker gebruiker) {
        return dienst.wijzig(id, invoer, gebruiker);
    }

    @ExceptionHandler(OngeldigeActie.class)
    ResponseEntity<ProblemDetail> ongeldig(OngeldigeActie e) {
        ProblemDetail p = Problemen.maak(HttpStatus.BAD_REQUEST, "ongeldige-verbeteractie", "Ongeldige verbeteractie",
                e.getMessage());
        p.setProperty("fouten", e.fouten());
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
    }
}
