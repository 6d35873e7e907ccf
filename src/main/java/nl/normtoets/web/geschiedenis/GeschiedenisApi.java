package nl.normtoets.web.geschiedenis;

import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import nl.normtoets.geschiedenis.Auditkop;
import nl.normtoets.geschiedenis.Trend;
import nl.normtoets.geschiedenis.Vergelijking;
import nl.normtoets.web.beveiliging.Gebruiker;

/** The stored audits as JSON: list, trend of one organisation, comparison of two audits (see Geschiedenisdienst). */
@RestController
@RequestMapping(value = "/api/geschiedenis", produces = MediaType.APPLICATION_JSON_VALUE)
public class GeschiedenisApi {

    private final Geschiedenisdienst dienst;

    public GeschiedenisApi(Geschiedenisdienst dienst) {
        this.dienst = dienst;
    }

    @Operation(summary = "De bewaarde audits, oudste peildatum eerst (TEAMMANAGER: zonder organisatiebrede tellingen)")
    @GetMapping
    public List<Auditkop> lijst(@RequestParam(required = false) String organisatie,
                                @AuthenticationPrincipal Gebruiker gebruiker) {
        return dienst.lijst(organisatie, gebruiker);
    }

    @Operation(summary = "Verloop per norm en indicator over de bewaarde audits van één organisatie",
            description = "Een TEAMMANAGER krijgt de reeksen van de eigen teams: elke audit opnieuw beoordeeld op "
                    + "alleen die dossiers.")
    @GetMapping("/trend")
    public Trend trend(@RequestParam String organisatie, @AuthenticationPrincipal Gebruiker gebruiker) {
        return dienst.trend(organisatie, gebruiker);
    }

    @Operation(summary = "Twee bewaarde audits vergeleken: oordeel en aandeel voor en na, verschoven dossiers per team")
    @GetMapping("/vergelijk")
    public Vergelijking vergelijk(@RequestParam String a, @RequestParam String b,
                                  @AuthenticationPrincipal Gebruiker gebruiker) {
        return dienst.vergelijking(a, b, gebruiker);
    }
}
