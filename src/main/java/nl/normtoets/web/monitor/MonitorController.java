package nl.normtoets.web.monitor;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import nl.normtoets.dossier.Afwijzing;
import nl.normtoets.ingest.Auditset;
import nl.normtoets.ingest.AuditsetLezer;
import nl.normtoets.monitor.Monitor;
import nl.normtoets.monitor.MonitorCsv;
import nl.normtoets.monitor.MonitorJson;
import nl.normtoets.monitor.Monitoroverzicht;
import nl.normtoets.monitor.Toedeling;
import nl.normtoets.norm.Normcatalogus;
import nl.normtoets.web.beveiliging.Gebruiker;
import nl.normtoets.web.fout.OngeldigeDossiers;

/**
 * The testmonitor over HTTP: an audit set in, the morning list out (JSON, or CSV for Excel). A team role gets only
 * the signals and registration errors of its own teams, filtered here on the server like the audit report. The
 * work stock is organisation-wide (its norm comes from the whole inflow), so it is not cut per team.
 */
@RestController
public class MonitorController {

    static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

    private final Normcatalogus catalogus;
    private final nl.normtoets.web.audit.Werkrij werkrij;

    public MonitorController(Normcatalogus catalogus, nl.normtoets.web.audit.Werkrij werkrij) {
        this.catalogus = catalogus;
        this.werkrij = werkrij;
    }

    @Operation(summary = "Testmonitor: signalen per dossier op de peildatum",
            description = "Body: een auditset (contract v1). Antwoord: de ochtendlijst als JSON of als CSV "
                    + "(Accept: text/csv of ?formaat=csv). Ongeldige dossiers geven 422, tenzij strikt=false.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(type = "object", description = "Auditset, contract v1"))))
    @ApiResponse(responseCode = "200", description = "Signalen",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON_VALUE), @Content(mediaType = "text/csv")})
    @PostMapping(value = "/api/monitor", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = {MediaType.APPLICATION_JSON_VALUE, "text/csv"})
    public ResponseEntity<Object> monitor(InputStream body,
                                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                          LocalDate peildatum,
                                          @Parameter(description = "dagen vooruit voor 'bijna verlopen'")
                                          @RequestParam(defaultValue = "" + Monitor.STANDAARD_HORIZON) int horizon,
                                          @RequestParam(defaultValue = "true") boolean strikt,
                                          @RequestParam(required = false) String formaat,
                                          @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
                                          @AuthenticationPrincipal Gebruiker gebruiker)
            throws HttpMediaTypeNotAcceptableException {
        boolean csv = csv(formaat, accept);
        if (horizon < 0) {
            throw new nl.normtoets.ingest.OnbruikbareInvoer("horizon mag niet negatief zijn (dagen vooruit)");
        }
        return werkrij.voer(() -> monitor(body, peildatum, horizon, strikt, csv, gebruiker));
    }

    private ResponseEntity<Object> monitor(InputStream body, LocalDate peildatum, int horizon, boolean strikt,
                                           boolean csv, Gebruiker gebruiker) {
        Auditset set = new AuditsetLezer().lees(body, "verzoek", peildatum);
        if (strikt && !set.afgewezen().isEmpty()) {
            throw new OngeldigeDossiers(set.afgewezen());
        }
        Monitoroverzicht overzicht = voor(gebruiker,
                Monitor.overzicht(catalogus, set.peildatum(), horizon, set.dossiers(), set.organisatieFeiten()),
                set.afgewezen());
        var antwoord = ResponseEntity.ok().header(HttpHeaders.CACHE_CONTROL, "no-store");
        if (csv) {
            ByteArrayOutputStream uit = new ByteArrayOutputStream();
            try {
                MonitorCsv.schrijf(overzicht.signalen(), uit);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return antwoord.contentType(CSV)
                    .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"normtoets-monitor.csv\"")
                    .body(uit.toByteArray());
        }
        return antwoord.contentType(MediaType.parseMediaType("application/json;charset=UTF-8"))
                .body(MonitorJson.tekst(overzicht));
    }

    /**
     * KWALITEIT: everything, input rejections included. Team roles: own teams only, rejections of the team they name;
     * the workload is cut down to their teams as well.
     */
    static Monitoroverzicht voor(Gebruiker g, Monitoroverzicht o, List<Afwijzing> invoerAfgewezen) {
        if (g.zietAlles()) {
            List<Afwijzing> afgewezen = new ArrayList<>(invoerAfgewezen);
            afgewezen.addAll(o.afgewezen());
            return new Monitoroverzicht(o.peildatum(), o.horizon(), o.signalen(), o.registratiefouten(), afgewezen,
                    o.afgehandeldTeLaat(), o.betrouwbaarheid(), o.werklast(), o.werkvoorraad());
        }
        Monitoroverzicht eigen = o.gefilterd(t -> eigen(g, t));
        nl.normtoets.monitor.Werklast w = o.werklast() == null ? null : new nl.normtoets.monitor.Werklast(
                o.werklast().norm(), o.werklast().normInOpleiding(), o.werklast().bron(),
                o.werklast().medewerkers().stream().filter(r -> g.magTeamZien(r.team())).toList(),
                o.werklast().teams().stream().filter(r -> g.magTeamZien(r.team())).toList(),
                o.werklast().zonderVaste().stream().filter(z -> g.magTeamZien(z.team())).toList());
        return new Monitoroverzicht(o.peildatum(), o.horizon(), eigen.signalen(), eigen.registratiefouten(),
                java.util.stream.Stream.concat(invoerAfgewezen.stream(), o.afgewezen().stream())
                        .filter(a -> a.team() != null && g.magTeamZien(a.team())).toList(),
                eigen.afgehandeldTeLaat(), null, w, o.werkvoorraad());
    }

    private static boolean eigen(Gebruiker g, Toedeling t) {
        return t != null && g.magTeamZien(t.team());
    }

    private static boolean csv(String formaat, String accept) throws HttpMediaTypeNotAcceptableException {
        if (formaat != null && !formaat.isBlank()) {
            return switch (formaat.trim().toLowerCase(Locale.ROOT)) {
                case "csv" -> true;
                case "json" -> false;
                default -> throw new HttpMediaTypeNotAcceptableException(List.of(MediaType.APPLICATION_JSON, CSV));
            };
        }
        if (accept == null || accept.isBlank()) {
            return false;
        }
        List<MediaType> gevraagd = new ArrayList<>(MediaType.parseMediaTypes(accept));
        gevraagd.sort(java.util.Comparator.comparingDouble(MediaType::getQualityValue).reversed());
        for (MediaType m : gevraagd) {
            if (m.includes(MediaType.APPLICATION_JSON)) {
                return false;
            }
            if (m.includes(CSV)) {
                return true;
            }
        }
        throw new HttpMediaTypeNotAcceptableException(List.of(MediaType.APPLICATION_JSON, CSV));
    }
}
