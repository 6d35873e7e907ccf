package nl.normtoets.web.verbeterplan;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletResponse;
import nl.normtoets.geschiedenis.Actiekoers;
import nl.normtoets.geschiedenis.Verbeteractie;
import nl.normtoets.report.NlOpmaak;
import nl.normtoets.web.beveiliging.Gebruiker;

/**
 * Server-rendered pages of the verbeterplan: the actions of one organisation with their course and a form to add
 * one, and a form to edit one. Forms carry a {@link Formuliertoken}; after a successful post the browser is sent
 * back to the list (302), after a refused one the form is shown again with the messages (400).
 */
@Controller
@Hidden
@RequestMapping(value = "/verbeterplan", produces = MediaType.TEXT_HTML_VALUE)
public class VerbeterplanPagina {

    private final Verbeterplandienst dienst;
    private final Formuliertoken tokens;

    public VerbeterplanPagina(Verbeterplandienst dienst, Formuliertoken tokens) {
        this.dienst = dienst;
        this.tokens = tokens;
    }

    @GetMapping
    public String lijst(@RequestParam(required = false) String organisatie,
                        @AuthenticationPrincipal Gebruiker gebruiker, Model model) {
        vul(model, gebruiker, organisatie, null, leeg(), List.of());
        return "verbeterplan";
    }

    @PostMapping(consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    public String voegToe(@RequestParam(required = false) String organisatie,
                          @RequestParam(name = Formuliertoken.VELD, required = false) String token,
                          Formulier formulier, @AuthenticationPrincipal Gebruiker gebruiker, Model model,
                          HttpServletResponse response) {
        Verbeterplandienst.magBeheren(gebruiker);
        tokens.controleer(gebruiker.naam(), token);
        List<String> fouten = new ArrayList<>();
        Actieinvoer invoer = formulier.invoer(fouten);
        try {
            if (fouten.isEmpty()) {
                dienst.voegToe(organisatie, invoer, gebruiker);
                return "redirect:/verbeterplan?organisatie=" + URLEncoder.encode(organisatie.trim(),
                        StandardCharsets.UTF_8);
            }
        } catch (OngeldigeActie e) {
            fouten.addAll(e.fouten());
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        vul(model, gebruiker, organisatie, null, formulier, fouten);
        return "verbeterplan";
    }

    @GetMapping("/{id}")
    public String bewerk(@PathVariable String id, @AuthenticationPrincipal Gebruiker gebruiker, Model model) {
        Actiekoers k = dienst.actie(id, gebruiker);
        vul(model, gebruiker, k.actie().organisatie(), k, Formulier.van(k.actie()), List.of());
        return "verbeterplan";
    }

    @PostMapping(value = "/{id}", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    public String wijzig(@PathVariable String id,
                         @RequestParam(name = Formuliertoken.VELD, required = false) String token,
                         Formulier formulier, @AuthenticationPrincipal Gebruiker gebruiker, Model model,
                         HttpServletResponse response) {
        Verbeterplandienst.magBeheren(gebruiker);
        tokens.controleer(gebruiker.naam(), token);
        Actiekoers k = dienst.actie(id, gebruiker);
        List<String> fouten = new ArrayList<>();
        Actieinvoer invoer = formulier.invoer(fouten);
        try {
            if (fouten.isEmpty()) {
                dienst.wijzig(id, invoer, gebruiker);
                return "redirect:/verbeterplan?organisatie=" + URLEncoder.encode(k.actie().organisatie(),
                        StandardCharsets.UTF_8);
            }
        } catch (OngeldigeActie e) {
            fouten.addAll(e.fouten());
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        vul(model, gebruiker, k.actie().organisatie(), k, formulier, fouten);
        return "verbeterplan";
    }

    private void vul(Model model, Gebruiker gebruiker, String organisatie, Actiekoers bewerkt, Formulier formulier,
                     List<String> fouten) {
        model.addAttribute("gebruiker", gebruiker);
        model.addAttribute("organisaties", dienst.organisaties(gebruiker));
        model.addAttribute("organisatie", organisatie == null || organisatie.isBlank() ? null : organisatie.trim());
        model.addAttribute("acties", organisatie == null || organisatie.isBlank() ? List.of()
                : dienst.acties(organisatie.trim(), gebruiker));
        model.addAttribute("bewerkt", bewerkt);
        model.addAttribute("formulier", formulier);
        model.addAttribute("fouten", fouten);
        model.addAttribute("token", tokens.geef(gebruiker.naam()));
        model.addAttribute("tokenveld", Formuliertoken.VELD);
        model.addAttribute("h", new Hulp());
    }

    private static Formulier leeg() {
        return new Formulier(null, null, null, null, null, "open", null, null);
    }

    /** The form's fields as typed: numbers and dates are read here, so a typo gives a message, not a 400 page. */
    public record Formulier(String onderwerp, String omschrijving, String eigenaar, String doel, String deadline,
                            String status, String afgerond, String geevalueerd) {

        static Formulier van(Verbeteractie a) {
            return new Formulier(a.onderwerp(), a.omschrijving(), a.eigenaar(), NlOpmaak.getal(a.doel(), 1),
                    iso(a.deadline()), a.status().name().toLowerCase(java.util.Locale.ROOT), iso(a.afgerond()),
                    iso(a.geevalueerd()));
        }

        Actieinvoer invoer(List<String> fouten) {
            return new Actieinvoer(onderwerp, omschrijving, eigenaar, getal(doel, "doel", fouten),
                    datum(deadline, "deadline", fouten), status, datum(afgerond, "afgerond", fouten),
                    datum(geevalueerd, "geevalueerd", fouten));
        }

        private static Double getal(String s, String veld, List<String> fouten) {
            if (s == null || s.isBlank()) {
                return null;
            }
            try {
                return Double.parseDouble(s.trim().replace("%", "").replace(',', '.'));
            } catch (NumberFormatException e) {
                fouten.add(veld + ": geen getal.");
                return null;
            }
        }

        private static LocalDate datum(String s, String veld, List<String> fouten) {
            if (s == null || s.isBlank()) {
                return null;
            }
            try {
                return LocalDate.parse(s.trim());
            } catch (DateTimeParseException e) {
                try {
                    return LocalDate.parse(s.trim(), java.time.format.DateTimeFormatter.ofPattern("dd-MM-uuuu"));
                } catch (DateTimeParseException e2) {
                    fouten.add(veld + ": geen datum (dd-mm-jjjj).");
                    return null;
                }
            }
        }

        private static String iso(LocalDate d) {
            return d == null ? null : d.toString();
        }
    }

    /** Formatting for the template. */
    public static final class Hulp {
        public String datum(LocalDate d) {
            return NlOpmaak.datum(d);
        }

        public String procent(Double p) {
            return NlOpmaak.procent(p);
        }

        public String koers(Actiekoers k) {
            return Actiekoers.label(k.koers());
        }

        public String status(Verbeteractie a) {
            return Actiekoers.label(a.status());
        }

        /** The target as one reads it: "1a.3-A ≥ 80,0% op 01-01-2026". */
        public String doel(Verbeteractie a) {
            return a.onderwerp() + " \u2265 " + NlOpmaak.procent(a.doel()) + " op " + NlOpmaak.datum(a.deadline());
        }

        public String verloop(Actiekoers k) {
            return String.join(" \u2192 ", k.punten().stream().filter(p -> p.percentage() != null)
                    .map(p -> NlOpmaak.procent(p.percentage()) + " (" + NlOpmaak.datum(p.peildatum()) + ")").toList());
        }
    }
}
