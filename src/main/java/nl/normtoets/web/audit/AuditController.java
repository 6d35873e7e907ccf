package nl.normtoets.web.audit;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import nl.normtoets.audit.Audit;
import nl.normtoets.dossier.Afwijzing;
import nl.normtoets.dossier.Dossier;
import nl.normtoets.geschiedenis.Vingerafdruk;
import nl.normtoets.ingest.Auditset;
import nl.normtoets.ingest.AuditsetLezer;
import nl.normtoets.ingest.OnbruikbareInvoer;
import nl.normtoets.ingest.tabel.Importeur;
import nl.normtoets.ingest.tabel.Importresultaat;
import nl.normtoets.ingest.tabel.Importverslag;
import nl.normtoets.ingest.tabel.Mapping;
import nl.normtoets.norm.Normcatalogus;
import nl.normtoets.report.Auditrapport;
import nl.normtoets.scoring.Meetperiode;
import nl.normtoets.report.RapportSchrijver;
import nl.normtoets.web.beveiliging.Gebruiker;
import nl.normtoets.web.beveiliging.Kijklinks;
import nl.normtoets.web.fout.GeenToegang;
import nl.normtoets.web.fout.NietGevonden;
import nl.normtoets.web.fout.OngeldigeDossiers;
import nl.normtoets.web.rapport.RapportOpmaak;
import nl.normtoets.web.rapport.Variant;
import nl.normtoets.web.rapport.RecenteAudits;
import nl.normtoets.report.export.Bevindingenexport;
import nl.normtoets.report.export.Bevindingrijen;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** Audits an audit set and serves the report (JSON, HTML or PDF), per dossier, and as a kijklink. */
@RestController
@RequestMapping("/api/audits")
public class AuditController {

    private static final String JSON = MediaType.APPLICATION_JSON_VALUE;
    private static final String HTML = MediaType.TEXT_HTML_VALUE;
    private static final String PDF = MediaType.APPLICATION_PDF_VALUE;
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String WERKBOEK = "werkboek.xlsx";

    private final Audit auditpad;
    private final Normcatalogus catalogus;
    private final AuditOpslag opslag;
    private final Teamweergave teamweergave;
    private final RapportOpmaak opmaak;
    private final Mapping importMapping;
    private final Kijklinks kijklinks;
    private final Werkrij werkrij;
    private final Uploadmap uploads;
    private final RecenteAudits recent;

    public AuditController(Audit auditpad, Normcatalogus catalogus, AuditOpslag opslag, Teamweergave teamweergave,
                           RapportOpmaak opmaak, Kijklinks kijklinks, Mapping importMapping, Werkrij werkrij,
                           Uploadmap uploads, RecenteAudits recent) {
        this.werkrij = werkrij;
        this.uploads = uploads;
        this.recent = recent;
        this.auditpad = auditpad;
        this.catalogus = catalogus;
        this.opslag = opslag;
        this.teamweergave = teamweergave;
        this.opmaak = opmaak;
        this.kijklinks = kijklinks;
        this.importMapping = importMapping;
    }

    @Operation(summary = "Toets een auditset (contract v1)",
            description = "De body is een auditset als JSON. Het antwoord is het rapport (JSON, HTML of PDF, naar "
                    + "Accept of ?formaat=), gefilterd op de teams van een TEAMMANAGER; Location wijst naar het "
                    + "bewaarde rapport. Ongeldige dossiers geven 422 met alle fouten, tenzij strikt=false.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(mediaType = JSON, schema = @Schema(type = "object",
                            description = "Auditset, contract v1 (zie README en schema/auditset.schema.json)"))))
    @ApiResponse(responseCode = "201", description = "Rapport",
            content = {@Content(mediaType = JSON, schema = @Schema(implementation = Auditrapport.class)),
                    @Content(mediaType = HTML), @Content(mediaType = PDF)})
    @ApiResponse(responseCode = "400", description = "Geen (bruikbare) JSON", content = @Content(
            mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    @ApiResponse(responseCode = "413", description = "Body groter dan normtoets.max-omvang")
    @ApiResponse(responseCode = "422", description = "Ongeldige dossiers (strikt)")
    @PostMapping(consumes = JSON, produces = {JSON, HTML, PDF})
    public ResponseEntity<Object> toets(InputStream body,
                                        @Parameter(description = "Toets op deze dag in plaats van de peildatum in de set")
                                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                        LocalDate peildatum,
                                        @Parameter(description = "false: toets de geldige dossiers, vermeld de rest als afgewezen")
                                        @RequestParam(defaultValue = "true") boolean strikt,
                                        @RequestParam(required = false) String formaat,
                                        @Parameter(description = "Meetperiode VAN..TOT (JJJJ-MM-DD of dd-mm-jjjj): "
                                                + "startfase-normen tellen alleen dossiers die erin startten")
                                        @RequestParam(required = false) String periode,
                                        @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
                                        @AuthenticationPrincipal Gebruiker gebruiker)
            throws HttpMediaTypeNotAcceptableException {
        Formaat f = Formaat.kies(formaat, accept); // before reading: a 406 should not cost an audit
        Meetperiode p = meetperiode(periode); // a malformed period is a 400 before any work
        // reading counts as work in flight too: a large body costs memory while it is parsed
        return werkrij.voer(() -> {
            Vingerafdruk.Teller teller = new Vingerafdruk.Teller(body); // the stored audit names its input by hash
            Auditset set = new AuditsetLezer().lees(teller, "verzoek", peildatum);
            return toets(set, null, strikt, f, gebruiker, teller.hex(), p);
        });
    }

    @Operation(summary = "Toets een registratie-export (.xlsx-werkboek, één blad per tabel)",
            description = "De body is het werkboek zelf. Het wordt geïmporteerd met de mapping van de dienst "
                    + "(normtoets.import-mapping) en dan getoetst als een auditset; peildatum is verplicht. Het "
                    + "importverslag (afgewezen rijen met blad, regel en kolom, datakwaliteit) staat daarna op "
                    + "GET /api/audits/{id}/import. Alleen KWALITEIT.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(mediaType = XLSX)))
    @ApiResponse(responseCode = "201", description = "Rapport",
            content = {@Content(mediaType = JSON, schema = @Schema(implementation = Auditrapport.class)),
                    @Content(mediaType = HTML), @Content(mediaType = PDF)})
    @ApiResponse(responseCode = "400", description = "Geen bruikbaar werkboek of geen peildatum")
    @ApiResponse(responseCode = "403", description = "Geen KWALITEIT")
    @ApiResponse(responseCode = "413", description = "Body groter dan normtoets.max-omvang")
    @PostMapping(consumes = XLSX, produces = {JSON, HTML, PDF})
    public ResponseEntity<Object> toetsExport(InputStream body,
                                              @Parameter(description = "De dag waarop getoetst wordt; feiten daarna "
                                                      + "worden afgewezen")
                                              @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                              LocalDate peildatum,
                                              @RequestParam(defaultValue = "true") boolean strikt,
                                              @RequestParam(required = false) String formaat,
                                              @RequestParam(required = false) String periode,
                                              @RequestHeader(value = HttpHeaders.ACCEPT, required = false)
                                              String accept,
                                              @AuthenticationPrincipal Gebruiker gebruiker)
            throws HttpMediaTypeNotAcceptableException, IOException {
        // import rows are not attributed to teams (a row may name no readable dossier): quality officers only
        if (!gebruiker.zietAlles()) {
            throw new GeenToegang("Een registratie-export importeren is voorbehouden aan KWALITEIT.");
        }
        Formaat f = Formaat.kies(formaat, accept);
        Meetperiode p = meetperiode(periode);
        return werkrij.voer(() -> toetsWerkboek(body, peildatum, strikt, f, gebruiker, p));
    }

    private ResponseEntity<Object> toetsWerkboek(InputStream body, LocalDate peildatum, boolean strikt, Formaat f,
                                                 Gebruiker gebruiker, Meetperiode p) {
        // named werkboek.xlsx in the service's private upload folder (0700, cleaned at start and stop), so messages
        // say "werkboek.xlsx blad '...'", not a temp name
        Path map = null;
        try {
            map = uploads.nieuw();
            Path werkboek = map.resolve(WERKBOEK);
            Files.copy(body, werkboek, StandardCopyOption.REPLACE_EXISTING);
            Importresultaat r;
            try {
                r = new Importeur(importMapping).importeer(werkboek, peildatum, null);
            } catch (OnbruikbareInvoer e) {
                throw new OnbruikbareInvoer(e.getMessage().replace(werkboek.toString(), WERKBOEK), e);
            }
            return toets(r.alsAuditset(), r.verslag(), strikt, f, gebruiker, Vingerafdruk.invoer(werkboek), p);
        } catch (IOException e) {
            if (e instanceof nl.normtoets.web.fout.TeGrootVerzoek t) {
                throw new OnbruikbareInvoer("werkboek te groot", t);
            }
            throw new java.io.UncheckedIOException("werkboek kan niet tijdelijk worden bewaard", e);
        } finally {
            // the workbook holds dossier data: it does not outlive the request
            if (map != null) {
                Uploadmap.verwijder(map);
            }
        }
    }

    /** The query parameter {@code periode}; a malformed one is the caller's 400, before any audit runs. */
    private static Meetperiode meetperiode(String periode) {
        if (periode == null || periode.isBlank()) {
            return null;
        }
        try {
            return Meetperiode.lees(periode);
        } catch (IllegalArgumentException e) {
            throw new OnbruikbareInvoer("periode: " + e.getMessage(), e);
        }
    }

    private ResponseEntity<Object> toets(Auditset set, Importverslag verslag, boolean strikt, Formaat f,
                                         Gebruiker gebruiker, String invoerVingerafdruk, Meetperiode periode) {
        if (strikt && !set.afgewezen().isEmpty()) {
            throw new OngeldigeDossiers(set.afgewezen());
        }
        OpgeslagenAudit audit = opslag.bewaar(set, auditpad.voerUit(set, catalogus, periode), verslag, gebruiker.naam(),
                invoerVingerafdruk);
        recent.noteer(new RecenteAudits.Vermelding(audit.id(), set.organisatie(), set.peildatum(), audit.gemaakt(),
                set.dossiers().size()));
        return antwoord(HttpStatus.CREATED, f)
                .location(URI.create("/api/audits/" + audit.id()))
                .header("X-Audit-Id", audit.id())
                .body(inhoud(audit, gebruiker, f, null, Variant.SAMENVATTING));
    }

    @Operation(summary = "Het importverslag van een getoetste registratie-export",
            description = "Per tabel gelezen, geïmporteerd en afgewezen rijen, elke afgewezen rij met bron, regel, "
                    + "kolom en waarde, en de datakwaliteit. 404 als de audit geen export was. Alleen KWALITEIT.")
    @GetMapping(value = "/{id}/import", produces = JSON)
    public Importverslag importverslag(@PathVariable String id, @AuthenticationPrincipal Gebruiker gebruiker) {
        if (!gebruiker.zietAlles()) {
            throw new GeenToegang("Het importverslag is voorbehouden aan KWALITEIT.");
        }
        OpgeslagenAudit audit = audit(id);
        if (audit.importverslag() == null) {
            throw new NietGevonden("Audit " + id + " is niet uit een registratie-export gemaakt.");
        }
        return audit.importverslag();
    }

    @Operation(summary = "Een bewaard rapport (JSON, HTML of PDF), gefilterd op de rol",
            description = "Ook te openen met ?kijktoken= uit POST /api/audits/{id}/kijklink (browser, PDF voor het bestuur).")
    @ApiResponse(responseCode = "200", description = "Rapport",
            content = {@Content(mediaType = JSON, schema = @Schema(implementation = Auditrapport.class)),
                    @Content(mediaType = HTML), @Content(mediaType = PDF)})
    @GetMapping(value = "/{id}", produces = {JSON, HTML, PDF})
    public ResponseEntity<Object> rapport(@PathVariable String id, @RequestParam(required = false) String formaat,
                                          @Parameter(description = "PDF: 'samenvatting' (standaard, voor het bestuur) "
                                                  + "of 'volledig' (met de tekortkomingen per norm als tabellen)")
                                          @RequestParam(required = false) String variant,
                                          @RequestParam(name = Kijklinks.PARAMETER, required = false) String kijktoken,
                                          @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
                                          @AuthenticationPrincipal Gebruiker gebruiker)
            throws HttpMediaTypeNotAcceptableException {
        Formaat f = Formaat.kies(formaat, accept);
        Variant v = variant(variant);
        OpgeslagenAudit audit = audit(id);
        return antwoord(HttpStatus.OK, f).body(inhoud(audit, gebruiker, f, kijktoken, v));
    }

    @Operation(summary = "De bevindingen als download voor Excel (CSV of .xlsx), gefilterd op de rol",
            description = "Elke bevinding met team, regio, gemeente, maatregel en medewerker van het dossier, de "
                    + "uiterste datum, de datum van uitvoering en de dagen te laat. CSV: puntkomma, UTF-8 met BOM, "
                    + "datums dd-mm-jjjj (Nederlandse Excel). xlsx: autofilter en vastgezette kopregel. "
                    + "alleen=tekort geeft alleen de tekortkomingen.")
    @ApiResponse(responseCode = "200", description = "Bevindingen",
            content = {@Content(mediaType = "text/csv"), @Content(mediaType = XLSX)})
    @GetMapping(value = "/{id}/bevindingen")
    public ResponseEntity<StreamingResponseBody> bevindingen(@PathVariable String id,
                                                             @Parameter(description = "csv (standaard) of xlsx")
                                                             @RequestParam(defaultValue = "csv") String formaat,
                                                             @Parameter(description = "tekort: alleen tekortkomingen")
                                                             @RequestParam(required = false) String alleen,
                                                             @AuthenticationPrincipal Gebruiker gebruiker)
            throws HttpMediaTypeNotAcceptableException {
        Bevindingenexport.Soort soort = switch (formaat.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "csv" -> Bevindingenexport.Soort.CSV;
            case "xlsx" -> Bevindingenexport.Soort.XLSX;
            default -> throw new HttpMediaTypeNotAcceptableException(
                    List.of(MediaType.parseMediaType("text/csv"), MediaType.parseMediaType(XLSX)));
        };
        OpgeslagenAudit audit = audit(id);
        Auditrapport rapport = teamweergave.voor(audit, gebruiker);
        var rijen = Bevindingrijen.van(rapport, audit.set().dossiers(), "tekort".equalsIgnoreCase(alleen));
        boolean xlsx = soort == Bevindingenexport.Soort.XLSX;
        StreamingResponseBody body = uit -> Bevindingenexport.schrijf(rijen, soort, uit);
        return ResponseEntity.ok()
                .contentType(xlsx ? MediaType.parseMediaType(XLSX) : MediaType.parseMediaType("text/csv;charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"normtoets-bevindingen."
                        + (xlsx ? "xlsx" : "csv") + "\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(body);
    }

    @Operation(summary = "Alle bevindingen en bewijs van één dossier",
            description = "403 voor een TEAMMANAGER als het dossier niet van een eigen team is (ook als het niet bestaat).")
    @GetMapping(value = "/{id}/dossiers/{dossierId}", produces = {JSON, HTML})
    public ResponseEntity<Object> dossier(@PathVariable String id, @PathVariable String dossierId,
                                          @Parameter(description = "json (standaard) of html: een pagina met elke "
                                                  + "bevinding en het bewijs in woorden")
                                          @RequestParam(required = false) String formaat,
                                          @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
                                          @AuthenticationPrincipal Gebruiker gebruiker)
            throws HttpMediaTypeNotAcceptableException {
        Formaat f = Formaat.kies(formaat, accept);
        if (f == Formaat.PDF) {
            throw new HttpMediaTypeNotAcceptableException(List.of(MediaType.APPLICATION_JSON, MediaType.TEXT_HTML));
        }
        OpgeslagenAudit audit = audit(id);
        Optional<Dossier> dossier = audit.set().dossiers().stream().filter(d -> d.id().equals(dossierId)).findFirst();
        // The same id may be rejected more than once (a duplicate naming another team): each user sees only the
        // rejections of teams it may see.
        List<Afwijzing> afwijzingen = audit.rapport().afgewezen().stream()
                .filter(a -> a.dossier().equals(dossierId) && gebruiker.magTeamZien(a.team())).toList();
        String team = dossier.map(Dossier::team)
                .orElseGet(() -> afwijzingen.isEmpty() ? null : afwijzingen.get(0).team());
        // A manager learns nothing about dossiers outside its teams, not even whether they exist.
        if (!gebruiker.magTeamZien(team)) {
            throw new GeenToegang("Dit dossier hoort niet bij uw team(s).");
        }
        List<String> fouten = afwijzingen.stream().flatMap(a -> a.fouten().stream()).toList();
        var bevindingen = audit.rapport().bevindingen().stream().filter(b -> dossierId.equals(b.dossier())).toList();
        if (dossier.isEmpty() && fouten.isEmpty()) {
            throw new NietGevonden("Dossier " + dossierId + " komt niet voor in audit " + id + ".");
        }
        if (f == Formaat.HTML) {
            return antwoord(HttpStatus.OK, f).body(opmaak.dossier(audit.id(), audit.rapport().peildatum(), dossierId,
                    team, dossier.orElse(null), bevindingen, fouten, gebruiker));
        }
        return antwoord(HttpStatus.OK, f).body(new DossierInzage(dossierId, team, bevindingen, fouten));
    }

    @Operation(summary = "Kijklink: een URL die dit rapport enkele minuten zonder inlogvenster opent",
            description = "Met de rechten van de aanvrager; bedoeld voor een browser zonder Basic-auth (headless "
                    + "Chromium) of om de PDF door te geven. Geldigheid: normtoets.kijklink-geldig.")
    @PostMapping(value = "/{id}/kijklink", produces = JSON)
    public Map<String, Object> kijklink(@PathVariable String id, @AuthenticationPrincipal Gebruiker gebruiker) {
        OpgeslagenAudit audit = audit(id);
        var k = kijklinks.geef(gebruiker, audit.id());
        return Map.of("url", "/api/audits/" + audit.id() + "?" + Kijklinks.PARAMETER + "=" + k.token(),
                "geldigTot", k.geldigTot().toString());
    }

    private OpgeslagenAudit audit(String id) {
        return opslag.vind(id).orElseThrow(() -> new NietGevonden(
                "Audit " + id + " is onbekend."));
    }

    private static ResponseEntity.BodyBuilder antwoord(HttpStatus status, Formaat f) {
        var b = ResponseEntity.status(status).contentType(f == Formaat.HTML ? MediaType.parseMediaType("text/html;charset=UTF-8")
                : f == Formaat.JSON ? MediaType.parseMediaType("application/json;charset=UTF-8") : f.type());
        if (f == Formaat.PDF) {
            b.header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"normtoets-rapport.pdf\"");
        }
        // Reports hold dossier data: no caching by browsers or proxies.
        b.header(HttpHeaders.CACHE_CONTROL, "no-store");
        return b;
    }

    private Object inhoud(OpgeslagenAudit audit, Gebruiker g, Formaat f, String token, Variant variant) {
        Auditrapport rapport = teamweergave.voor(audit, g);
        var herkomst = new RapportOpmaak.Herkomst(audit.id(), audit.gemaakt(), audit.set().dossiers());
        return switch (f) {
            case JSON -> RapportSchrijver.alsTekst(rapport);
            case HTML -> opmaak.html(rapport, herkomst, g, token);
            case PDF -> opmaak.pdf(rapport, herkomst, g, variant);
        };
    }

    private static Variant variant(String tekst) {
        try {
            return Variant.van(tekst);
        } catch (IllegalArgumentException e) {
            throw new OnbruikbareInvoer(e.getMessage(), e);
        }
    }
}
