package nl.normtoets.web.review;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;

import io.swagger.v3.oas.annotations.Hidden;
import nl.normtoets.dossier.Dossier;
import nl.normtoets.engine.Bevinding;
import nl.normtoets.geschiedenis.Auditarchief;
import nl.normtoets.geschiedenis.Auditkop;
import nl.normtoets.geschiedenis.Reviewarchief;
import nl.normtoets.report.Labels;
import nl.normtoets.report.export.Bevindingrijen;
import nl.normtoets.review.Antwoord;
import nl.normtoets.review.Dossierantwoorden;
import nl.normtoets.review.Dossierlezing;
import nl.normtoets.review.Lezingnorm;
import nl.normtoets.review.Lezingvraag;
import nl.normtoets.review.Steekproef;
import nl.normtoets.review.Steekproefdossier;
import nl.normtoets.review.VieroogenFout;
import nl.normtoets.review.Vraagantwoord;
import nl.normtoets.web.audit.AuditOpslag;
import nl.normtoets.web.audit.OpgeslagenAudit;
import nl.normtoets.web.beveiliging.Gebruiker;
import nl.normtoets.web.fout.GeenToegang;
import nl.normtoets.web.fout.NietGevonden;
import nl.normtoets.web.fout.Problemen;
import nl.normtoets.web.rapport.Opmaakhulp;

/**
 * The dossierlezing in the browser (issue 15): the stored audits, per audit its sample (KWALITEIT draws it with N
 * and a start value; the page lists why each dossier was drawn and whether it was read), and per sampled dossier a
 * review page: the registration's findings and evidence in words beside the checklist, answered in a plain form
 * (no JavaScript needed, CSRF token in the form). Saving stores the answers with the reviewer's user name.
 */
@Controller
@Hidden
public class ReviewController {

    static final String BASIS = "/review";

    private final Auditarchief audits;
    private final Reviewarchief reviews;
    private final AuditOpslag opslag;
    private final Reviewconfiguratie.Checklist checklist;

    public ReviewController(Auditarchief audits, Reviewarchief reviews, AuditOpslag opslag,
                            Reviewconfiguratie.Checklist checklist) {
        this.audits = audits;
        this.reviews = reviews;
        this.opslag = opslag;
        this.checklist = checklist;
    }

    /** A row of the audit list. */
    public record Auditregel(Auditkop kop, Steekproef steekproef) {
    }

    @GetMapping(BASIS)
    public String audits(@AuthenticationPrincipal Gebruiker gebruiker, Model model) {
        List<Auditregel> regels = audits.lijst(null).stream()
                .sorted(Comparator.comparing(Auditkop::gemaakt).reversed()).limit(50)
                .map(k -> new Auditregel(k, reviews.huidige(k.id()).orElse(null))).toList();
        model.addAttribute("gebruiker", gebruiker);
        model.addAttribute("f", new Opmaakhulp());
        model.addAttribute("audits", regels);
        return "review/audits";
    }

    /** A row of the sample table, as the user may see it. */
    public record Steekproefregel(Steekproefdossier d, String maatregel, String link, Dossierantwoorden gelezen,
                                  boolean zelfMedewerker) {
    }

    @GetMapping(BASIS + "/audits/{id}")
    public String steekproef(@PathVariable String id, @AuthenticationPrincipal Gebruiker gebruiker,
                             CsrfToken csrf, Model model) {
        Auditkop kop = audits.kop(id).orElseThrow(() -> new NietGevonden("Audit " + id + " is niet bewaard."));
        Optional<Steekproef> sp = reviews.huidige(id);
        List<Steekproefregel> regels = new ArrayList<>();
        sp.ifPresent(s -> {
            Map<String, Dossierantwoorden> gelezen = new LinkedHashMap<>();
            reviews.antwoorden(s.id()).forEach(a -> gelezen.put(a.dossier(), a));
            for (Steekproefdossier d : s.dossiers()) {
                if (Reviewtoegang.ziet(gebruiker, d)) {
                    regels.add(new Steekproefregel(d, maatregel(d.maatregel()), dossierLink(id, d.dossier()),
                            gelezen.get(d.dossier()),
                            Reviewtoegang.leest(gebruiker) && !Reviewtoegang.vierOgen(gebruiker, d)));
                }
            }
        });
        model.addAttribute("gebruiker", gebruiker);
        model.addAttribute("f", new Opmaakhulp());
        model.addAttribute("kop", kop);
        model.addAttribute("steekproef", sp.orElse(null));
        model.addAttribute("regels", regels);
        model.addAttribute("magTrekken", gebruiker.rol() == nl.normtoets.web.beveiliging.Rol.KWALITEIT);
        model.addAttribute("leest", Reviewtoegang.leest(gebruiker));
        model.addAttribute("standaardAantal", Steekproef.STANDAARD_AANTAL);
        model.addAttribute("basis", BASIS + "/audits/" + id);
        model.addAttribute("rapportLink", "/api/audits/" + id + "?formaat=html");
        model.addAttribute("csrf", token(csrf));
        return "review/steekproef";
    }

    @PostMapping(BASIS + "/audits/{id}/steekproef")
    public ResponseEntity<Void> trek(@PathVariable String id, @RequestParam(required = false) String aantal,
                                     @RequestParam(required = false) String startwaarde,
                                     @AuthenticationPrincipal Gebruiker gebruiker) {
        Reviewtoegang.magTrekken(gebruiker);
        int n = geheel(aantal, "aantal", Steekproef.STANDAARD_AANTAL);
        if (n < 1 || n > 500) {
            throw ongeldig("Het aantal dossiers is 1 tot en met 500.");
        }
        long start = startwaarde == null || startwaarde.isBlank() ? ThreadLocalRandom.current().nextLong(1, 100_000)
                : lang(startwaarde);
        if (audits.kop(id).isEmpty()) {
            throw new NietGevonden("Audit " + id + " is niet bewaard.");
        }
        try {
            reviews.trekEnBewaar(id, n, start, gebruiker.naam());
        } catch (NoSuchElementException e) {
            throw new NietGevonden("Van audit " + id + " zijn de dossiers niet meer bewaard (bewaartermijn); er "
                    + "valt geen steekproef uit te trekken.");
        }
        return zieAndere(BASIS + "/audits/" + id);
    }

    /** One question on the review page with what the registration says where the question mirrors an indicator. */
    public record Vraagregel(Lezingvraag vraag, String veld, String toelichtingVeld, Vraagantwoord antwoord,
                             Bevinding registratie) {
    }

    /** One norm's block of questions. */
    public record Normblok(Lezingnorm norm, List<Vraagregel> vragen) {
    }

    @GetMapping(BASIS + "/audits/{id}/dossiers/{dossierId}")
    public String lezing(@PathVariable String id, @PathVariable String dossierId,
                         @RequestParam(required = false) String opgeslagen,
                         @AuthenticationPrincipal Gebruiker gebruiker, CsrfToken csrf, Model model) {
        Steekproef sp = huidige(id);
        Steekproefdossier sd = sampled(sp, dossierId);
        Reviewtoegang.magOpenen(gebruiker, sd);
        OpgeslagenAudit audit = opslag.vind(id).orElseThrow(() -> new NietGevonden("Audit " + id
                + " is niet bewaard."));
        Dossier dossier = audit.set().dossiers().stream().filter(d -> d.id().equals(dossierId)).findFirst()
                .orElse(null);
        List<Bevinding> bevindingen = audit.rapport().bevindingen().stream()
                .filter(b -> dossierId.equals(b.dossier())).toList();
        Dossierantwoorden eerder = reviews.antwoorden(sp.id(), dossierId).orElse(null);
        Dossierlezing lijst = checklist.lijst();
        List<Normblok> blokken = new ArrayList<>();
        for (Lezingnorm n : lijst.normen()) {
            List<Vraagregel> vragen = new ArrayList<>();
            for (Lezingvraag v : n.vragen()) {
                Bevinding reg = v.spiegelt() == null ? null : bevindingen.stream()
                        .filter(b -> v.spiegelt().equals(b.indicator())).findFirst().orElse(null);
                vragen.add(new Vraagregel(v, "antwoord." + v.id(), "toelichting." + v.id(),
                        eerder == null ? null : eerder.antwoord(v.id()).orElse(null), reg));
            }
            blokken.add(new Normblok(n, vragen));
        }
        model.addAttribute("f", new Opmaakhulp());
        model.addAttribute("gebruiker", gebruiker);
        // the names the dossier page's fragments use
        model.addAttribute("auditId", id);
        model.addAttribute("peildatum", audit.rapport().peildatum());
        model.addAttribute("dossierId", dossierId);
        model.addAttribute("team", sd.team());
        model.addAttribute("d", dossier);
        model.addAttribute("medewerker", dossier == null ? null
                : Bevindingrijen.medewerker(dossier, audit.rapport().peildatum()));
        model.addAttribute("bevindingen", bevindingen);
        model.addAttribute("fouten", List.of());
        model.addAttribute("sd", sd);
        model.addAttribute("eerder", eerder);
        model.addAttribute("blokken", blokken);
        model.addAttribute("antwoorden", Antwoord.values());
        model.addAttribute("maxToelichting", Vraagantwoord.MAX_TOELICHTING);
        model.addAttribute("magOpslaan", Reviewtoegang.leest(gebruiker));
        model.addAttribute("opgeslagen", opgeslagen != null);
        model.addAttribute("actie", dossierLink(id, dossierId));
        model.addAttribute("steekproefLink", BASIS + "/audits/" + id);
        model.addAttribute("rapportLink", "/api/audits/" + id + "?formaat=html");
        model.addAttribute("csrf", token(csrf));
        return "review/lezing";
    }

    @PostMapping(BASIS + "/audits/{id}/dossiers/{dossierId}")
    public ResponseEntity<Void> bewaar(@PathVariable String id, @PathVariable String dossierId,
                                       @RequestParam MultiValueMap<String, String> formulier,
                                       @AuthenticationPrincipal Gebruiker gebruiker) {
        Steekproef sp = huidige(id);
        Steekproefdossier sd = sampled(sp, dossierId);
        Reviewtoegang.magOpslaan(gebruiker, sd);
        Dossierlezing lijst = checklist.lijst();
        List<Vraagantwoord> antwoorden = new ArrayList<>();
        for (Lezingvraag v : lijst.vragen().toList()) {
            String a = formulier.getFirst("antwoord." + v.id());
            String t = Optional.ofNullable(formulier.getFirst("toelichting." + v.id())).orElse("").strip();
            if (a == null || a.isBlank()) {
                if (!t.isEmpty()) {
                    throw ongeldig("Vraag " + v.id() + " heeft een toelichting maar geen antwoord.");
                }
                continue;
            }
            Antwoord antwoord;
            try {
                antwoord = Antwoord.uit(a);
            } catch (IllegalArgumentException e) {
                throw ongeldig("Vraag " + v.id() + ": " + e.getMessage() + ".");
            }
            if (t.length() > Vraagantwoord.MAX_TOELICHTING) {
                throw ongeldig("De toelichting bij vraag " + v.id() + " is langer dan "
                        + Vraagantwoord.MAX_TOELICHTING + " tekens.");
            }
            antwoorden.add(new Vraagantwoord(v.id(), antwoord, t));
        }
        try {
            reviews.bewaarAntwoorden(new Dossierantwoorden(sp.id(), dossierId, gebruiker.naam(), Instant.now(),
                    antwoorden), lijst);
        } catch (VieroogenFout e) {
            throw new GeenToegang(e.getMessage());
        }
        return zieAndere(dossierLink(id, dossierId) + "?opgeslagen=1");
    }

    Steekproef huidige(String id) {
        return reviews.huidige(id).orElseThrow(() -> new NietGevonden("Audit " + id
                + " heeft (nog) geen steekproef voor de dossierlezing."));
    }

    static Steekproefdossier sampled(Steekproef sp, String dossierId) {
        return sp.dossier(dossierId).orElseThrow(() -> new NietGevonden("Dossier " + dossierId
                + " zit niet in de steekproef van deze audit."));
    }

    static String dossierLink(String auditId, String dossier) {
        return BASIS + "/audits/" + auditId + "/dossiers/" + UriUtils.encodePathSegment(dossier,
                java.nio.charset.StandardCharsets.UTF_8);
    }

    static String maatregel(String code) {
        return code == null ? "-" : Labels.waarde(code);
    }

    /** Reading the token now makes the repository set its cookie before the page is written. */
    static CsrfToken token(CsrfToken csrf) {
        csrf.getToken();
        return csrf;
    }

    static ResponseEntity<Void> zieAndere(String pad) {
        return ResponseEntity.status(HttpStatus.SEE_OTHER).header(HttpHeaders.LOCATION, URI.create(pad).toString())
                .build();
    }

    static ErrorResponseException ongeldig(String detail) {
        return new ErrorResponseException(HttpStatus.BAD_REQUEST,
                Problemen.maak(HttpStatus.BAD_REQUEST, "ongeldig-formulier", "Ongeldig formulier", detail), null);
    }

    private static long lang(String s) {
        try {
            return Long.parseLong(s.strip());
        } catch (NumberFormatException e) {
            throw ongeldig("Het veld startwaarde is geen geheel getal.");
        }
    }

    private static int geheel(String s, String veld, int standaard) {
        if (s == null || s.isBlank()) {
            return standaard;
        }
        try {
            return Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            throw ongeldig("Het veld " + veld + " is geen geheel getal.");
        }
    }
}
