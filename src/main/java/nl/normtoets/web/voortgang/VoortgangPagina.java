package nl.normtoets.web.voortgang;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import nl.normtoets.geschiedenis.Auditarchief;
import nl.normtoets.geschiedenis.Verbeterplan;
import nl.normtoets.norm.Normcatalogus;
import nl.normtoets.voortgang.Voortgangsopbouw;
import nl.normtoets.voortgang.Voortgangsopmaak;
import nl.normtoets.voortgang.Voortgangsrapportage;
import nl.normtoets.voortgang.VoortgangXlsx;
import nl.normtoets.web.Instellingen;
import nl.normtoets.web.beveiliging.Gebruiker;
import nl.normtoets.web.beveiliging.Rol;
import nl.normtoets.web.fout.GeenToegang;
import nl.normtoets.web.fout.NietGevonden;

/**
 * The progress report of one organisation as a page, PDF or workbook ({@code formaat=html|pdf|xlsx}). For
 * KWALITEIT only: it shows organisation-wide figures (staffing, every team's dossiers), which a TEAMMANAGER does not
 * see elsewhere either. The timeliness rows are the report's chart indicators ({@code normtoets.rapport.tijdigheid}).
 */
@RestController
@RequestMapping("/voortgang")
public class VoortgangPagina {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final Voortgangsopbouw opbouw;
    private final Instellingen instellingen;
    private final Clock klok;

    public VoortgangPagina(Auditarchief archief, Verbeterplan plan, Normcatalogus catalogus, Instellingen instellingen,
                           Clock klok, nl.normtoets.geschiedenis.Reviewarchief reviews) {
        this.opbouw = new Voortgangsopbouw(archief, plan, catalogus, reviews,
                nl.normtoets.review.DossierlezingLezer.standaard(catalogus));
        this.instellingen = instellingen;
        this.klok = klok;
    }

    @Operation(summary = "Voortgangsrapportage van een organisatie uit de bewaarde audits (html, pdf of xlsx)")
    @GetMapping
    public ResponseEntity<byte[]> voortgang(@RequestParam String organisatie,
                                            @RequestParam(defaultValue = "html") String formaat,
                                            @AuthenticationPrincipal Gebruiker gebruiker) throws IOException {
        if (gebruiker == null || gebruiker.rol() != Rol.KWALITEIT) {
            throw new GeenToegang("De voortgangsrapportage toont cijfers van de hele organisatie; alleen voor rol "
                    + "KWALITEIT.");
        }
        Voortgangsrapportage r = opbouw.maak(organisatie, instellingen.rapport().tijdigheid(), LocalDate.now(klok))
                .orElseThrow(() -> new NietGevonden("Geen bewaarde audits van organisatie " + organisatie + "."));
        String basis = "/voortgang?organisatie=" + URLEncoder.encode(organisatie, StandardCharsets.UTF_8);
        String bestand = "voortgang-" + organisatie.replaceAll("[^A-Za-z0-9_-]", "_") + "-" + r.nu().peildatum();
        return switch (formaat) {
            case "pdf" -> bestand(Voortgangsopmaak.pdf(r), MediaType.APPLICATION_PDF, bestand + ".pdf");
            case "xlsx" -> {
                ByteArrayOutputStream uit = new ByteArrayOutputStream();
                VoortgangXlsx.schrijf(r, uit);
                yield bestand(uit.toByteArray(), XLSX, bestand + ".xlsx");
            }
            case "html" -> {
                Map<String, String> downloads = new LinkedHashMap<>();
                downloads.put("Download als PDF", basis + "&formaat=pdf");
                downloads.put("Download als Excel (.xlsx)", basis + "&formaat=xlsx");
                downloads.put("Verbeterplan bewerken", "/verbeterplan?organisatie="
                        + URLEncoder.encode(organisatie, StandardCharsets.UTF_8));
                yield ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                        .body(Voortgangsopmaak.html(r, downloads).getBytes(StandardCharsets.UTF_8));
            }
            default -> throw new org.springframework.web.server.ResponseStatusException(
                    org.springframework.http.HttpStatus.BAD_REQUEST, "formaat: html, pdf of xlsx.");
        };
    }

    private static ResponseEntity<byte[]> bestand(byte[] inhoud, MediaType type, String naam) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(naam).build()
                        .toString())
                .body(inhoud);
    }
}
