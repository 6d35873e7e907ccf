package nl.normtoets.web.monitor;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.util.UriComponentsBuilder;

import io.swagger.v3.oas.annotations.Operation;
import nl.normtoets.dossier.Dossier;
import nl.normtoets.ingest.Auditset;
import nl.normtoets.ingest.AuditsetLezer;
import nl.normtoets.monitor.Betrouwbaarheid;
import nl.normtoets.monitor.Groepering;
import nl.normtoets.monitor.MonitorCsv;
import nl.normtoets.monitor.Monitorsignaal;
import nl.normtoets.monitor.Monitoroverzicht;
import nl.normtoets.monitor.Signaalsoort;
import nl.normtoets.monitor.Toedeling;
import nl.normtoets.monitor.Weergave;
import nl.normtoets.monitor.Werklast;
import nl.normtoets.web.beveiliging.Gebruiker;
import nl.normtoets.web.beveiliging.Rol;
import nl.normtoets.web.fout.GeenToegang;
import nl.normtoets.web.fout.NietGevonden;
import nl.normtoets.web.fout.OngeldigeDossiers;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The morning-list page (server-rendered, works without JavaScript: the filters are a GET form, the column heads
 * are links), its CSV/.xlsx download of exactly the rows shown, an upload of an audit set, and the incremental
 * update of one dossier. Rights are applied on the server before anything is filtered or written.
 */
@Controller
public class OchtendlijstController {

    private final LopendeMonitor lopend;

    public OchtendlijstController(LopendeMonitor lopend) {
        this.lopend = lopend;
    }

    @GetMapping("/ochtendlijst")
    public Object pagina(@AuthenticationPrincipal Gebruiker gebruiker,
                         @RequestParam(required = false) String team,
                         @RequestParam(required = false) String medewerker,
                         @RequestParam(required = false) String signaal,
                         @RequestParam(required = false) Integer prioriteit,
                         @RequestParam(required = false) String status,
                         @RequestParam(required = false) String sorteer,
                         @RequestParam(required = false) String richting,
                         @RequestParam(required = false) String formaat,
                         Model model) throws IOException {
        Ochtendlijst.Filter filter = new Ochtendlijst.Filter(team, medewerker, signaal, prioriteit, status, sorteer,
                richting);
        Optional<Monitoroverzicht> o = lopend.overzicht();
        model.addAttribute("gebruiker", gebruiker);
        model.addAttribute("filter", filter);
        model.addAttribute("magUploaden", gebruiker.zietAlles());
        if (o.isEmpty()) {
            if (formaat != null) {
                throw new NietGevonden("er is nog geen auditset voor de ochtendlijst");
            }
            model.addAttribute("leeg", true);
            return "ochtendlijst";
        }
        List<Monitorsignaal> rijen = Ochtendlijst.rijen(gebruiker, o.get(), filter);
        if (formaat != null) {
            return download(rijen, formaat);
        }
        List<Monitorsignaal> zichtbaar = Ochtendlijst.zichtbaar(gebruiker, o.get().signalen());
        model.addAttribute("leeg", false);
        model.addAttribute("peildatum", MonitorCsv.DATUM.format(o.get().peildatum()));
        model.addAttribute("bron", lopend.bron());
        model.addAttribute("rijen", rijen.stream().map(Rij::van).toList());
        model.addAttribute("perPrioriteit", Ochtendlijst.perPrioriteit(rijen));
        model.addAttribute("teams", Ochtendlijst.keuzes(zichtbaar, Toedeling::team));
        model.addAttribute("medewerkers", Ochtendlijst.keuzes(zichtbaar, Toedeling::medewerker));
        model.addAttribute("soorten", Signaalsoort.values());
        model.addAttribute("betrouwbaarheid", betrouwbaarheid(zichtbaar));
        model.addAttribute("werklast", werklast(gebruiker, o.get().werklast()));
        model.addAttribute("kolommen", kolomlinks(filter));
        model.addAttribute("csv", link(filter, "csv", null, null));
        model.addAttribute("xlsx", link(filter, "xlsx", null, null));
        return "ochtendlijst";
    }

    /** Upload of an audit set (JSON) from the page's form; quality staff only, it replaces the running monitor. */
    @PostMapping(value = "/ochtendlijst", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public String upload(@AuthenticationPrincipal Gebruiker gebruiker, @RequestParam("bestand") MultipartFile bestand)
            throws IOException {
        if (!gebruiker.zietAlles()) {
            throw new GeenToegang("alleen de kwaliteitsafdeling laadt een auditset voor de ochtendlijst");
        }
        Auditset set;
        try (InputStream in = bestand.getInputStream()) {
            set = new AuditsetLezer().lees(in, "upload", null);
        }
        lopend.laad(set, "upload");
        return "redirect:/ochtendlijst";
    }

    @Operation(summary = "Eén dossier in de lopende testmonitor bijwerken",
            description = "Body: één dossier (contract v1). Alleen dat dossier wordt opnieuw afgeleid; het antwoord "
                    + "noemt zijn nieuwe signalen.")
    @PutMapping(value = "/api/monitor/dossiers/{id}", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    public ResponseEntity<Map<String, Object>> bijwerken(@PathVariable String id, InputStream body,
                                                         @AuthenticationPrincipal Gebruiker gebruiker) {
        var monitor = lopend.monitor().orElseThrow(() -> new NietGevonden("er is nog geen lopende testmonitor"));
        JsonNode dossier = AuditsetLezer.MAPPER.readTree(body);
        if (!(dossier instanceof ObjectNode obj) || !id.equals(obj.path("id").asString(null))) {
            throw new OngeldigeDossiers(List.of(new nl.normtoets.dossier.Afwijzing(id, null,
                    List.of("dossier " + id + ": het veld id ontbreekt of wijkt af van het pad"))));
        }
        ObjectNode set = AuditsetLezer.MAPPER.createObjectNode();
        set.put("peildatum", monitor.peildatum().toString());
        set.putArray("dossiers").add(obj);
        Auditset gelezen = new AuditsetLezer().lees(new java.io.ByteArrayInputStream(
                AuditsetLezer.MAPPER.writeValueAsBytes(set)), "verzoek", null);
        if (!gelezen.afgewezen().isEmpty()) {
            throw new OngeldigeDossiers(gelezen.afgewezen());
        }
        Dossier nieuw = gelezen.dossiers().get(0);
        Optional<Dossier> oud = lopend.dossier(id);
        if (!mag(gebruiker, oud.orElse(null), monitor.peildatum()) || !mag(gebruiker, nieuw, monitor.peildatum())) {
            throw new GeenToegang("dossier " + id + " hoort niet bij uw dossiers");
        }
        List<Monitorsignaal> signalen = lopend.bijwerken(nieuw);
        Map<String, Object> antwoord = new LinkedHashMap<>();
        antwoord.put("dossier", id);
        antwoord.put("signalen", signalen);
        return ResponseEntity.status(oud.isPresent() ? HttpStatus.OK : HttpStatus.CREATED).body(antwoord);
    }

    private static boolean mag(Gebruiker g, Dossier d, java.time.LocalDate peildatum) {
        if (d == null) {
            return g.zietAlles() || g.rol().perTeam() || g.rol() == Rol.JEUGDBESCHERMER;
        }
        return Ochtendlijst.magZien(g, Toedeling.van(d, peildatum));
    }

    private static ResponseEntity<byte[]> download(List<Monitorsignaal> rijen, String formaat) throws IOException {
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        String soort = formaat.trim().toLowerCase(Locale.ROOT);
        MediaType type;
        switch (soort) {
            case "csv" -> {
                MonitorCsv.schrijf(rijen, uit);
                type = MonitorController.CSV;
            }
            case "xlsx" -> {
                OchtendlijstXlsx.schrijf(rijen, uit);
                type = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            }
            default -> throw new nl.normtoets.ingest.OnbruikbareInvoer("formaat is csv of xlsx");
        }
        return ResponseEntity.ok().contentType(type).header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"ochtendlijst." + soort + "\"")
                .body(uit.toByteArray());
    }

    /** One table row, formatted for people. */
    public record Rij(String dossier, String team, String medewerker, String signaal, String status, String vervalt,
                      String over, int prioriteit, String toelichting, boolean controleer) {
        static Rij van(Monitorsignaal s) {
            return new Rij(s.dossier(), Groepering.TEAM.sleutel(s.toedeling()), Groepering.MEDEWERKER.sleutel(s.toedeling()),
                    s.soort().omschrijving(), s.weergavestatus(),
                    s.vervaldatum() == null ? "-" : MonitorCsv.DATUM.format(s.vervaldatum()),
                    s.dagenOverTijd() == null ? "-" : String.valueOf(s.dagenOverTijd()), s.prioriteit(), s.toelichting(),
                    s.controleerRegistratie());
        }
    }

    private static List<String> betrouwbaarheid(List<Monitorsignaal> zichtbaar) {
        return Betrouwbaarheid.perSoort(new Monitoroverzicht(null, 0, zichtbaar, List.of(), List.of()).betrouwbaarheid())
                .entrySet().stream().map(e -> Weergave.betrouwbaarheid(e.getKey(), e.getValue())).toList();
    }

    /** Workload rows of the user's own teams (a single worker: its own row). */
    private static List<String> werklast(Gebruiker g, Werklast w) {
        if (w == null) {
            return List.of();
        }
        List<Werklast.Belasting> regels = g.rol() == Rol.JEUGDBESCHERMER
                ? w.medewerkers().stream().filter(r -> r.naam().equals(g.medewerker())).toList()
                : w.teams().stream().filter(r -> g.magTeamZien(r.team())).toList();
        return regels.stream().map(r -> (g.rol() == Rol.JEUGDBESCHERMER ? "" : "team ") + r.naam() + ": "
                + r.dossiers() + " dossiers, " + Weergave.getal(r.fte()) + " fte, " + Weergave.getal(r.perFte())
                + " per fte (norm " + Weergave.getal(r.norm()) + ")" + (r.bovenNorm() ? " - boven de norm" : "")).toList();
    }

    private static Map<String, String> kolomlinks(Ochtendlijst.Filter f) {
        Map<String, String> uit = new LinkedHashMap<>();
        for (String k : List.of("prioriteit", "dossier", "team", "medewerker", "signaal", "status", "vervaldatum", "over")) {
            String richting = k.equals(f.sorteer()) && "op".equals(f.richting()) ? "af" : "op";
            uit.put(k, link(f, null, k, richting));
        }
        return uit;
    }

    private static String link(Ochtendlijst.Filter f, String formaat, String sorteer, String richting) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath("/ochtendlijst");
        zet(b, "team", f.team());
        zet(b, "medewerker", f.medewerker());
        zet(b, "signaal", f.signaal());
        zet(b, "prioriteit", f.prioriteit() == null ? null : f.prioriteit().toString());
        zet(b, "status", f.status());
        zet(b, "sorteer", sorteer != null ? sorteer : f.sorteer());
        zet(b, "richting", richting != null ? richting : f.richting());
        zet(b, "formaat", formaat);
        return b.encode(StandardCharsets.UTF_8).build().toUriString();
    }

    private static void zet(UriComponentsBuilder b, String naam, String waarde) {
        if (waarde != null) {
            b.queryParam(naam, waarde);
        }
    }
}
