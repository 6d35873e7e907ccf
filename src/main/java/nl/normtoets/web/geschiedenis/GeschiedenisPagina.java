package nl.normtoets.web.geschiedenis;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import io.swagger.v3.oas.annotations.Hidden;
import nl.normtoets.geschiedenis.Trend;
import nl.normtoets.web.Instellingen;
import nl.normtoets.web.beveiliging.Gebruiker;

/** HTML pages for history, trend and comparison; the same content as {@link GeschiedenisApi}. */
@Controller
@Hidden
@RequestMapping(value = "/geschiedenis", produces = MediaType.TEXT_HTML_VALUE)
public class GeschiedenisPagina {

    private final Geschiedenisdienst dienst;
    private final double streefwaarde;

    public GeschiedenisPagina(Geschiedenisdienst dienst, Instellingen instellingen) {
        this.dienst = dienst;
        this.streefwaarde = instellingen.rapport().streefwaarde();
    }

    @GetMapping
    public String lijst(@RequestParam(required = false) String organisatie,
                        @AuthenticationPrincipal Gebruiker gebruiker, Model model) {
        model.addAttribute("gebruiker", gebruiker);
        model.addAttribute("audits", dienst.lijst(organisatie, gebruiker));
        model.addAttribute("weergave", "lijst");
        return "geschiedenis";
    }

    @GetMapping("/trend")
    public String trend(@RequestParam String organisatie, @AuthenticationPrincipal Gebruiker gebruiker, Model model) {
        model.addAttribute("gebruiker", gebruiker);
        Trend trend = dienst.trend(organisatie, gebruiker);
        model.addAttribute("trend", trend);
        // one chart per norm (indicators stay in the table): the page stays readable with twenty norms
        Map<String, String> grafieken = new LinkedHashMap<>();
        for (Trend.Reeks r : trend.reeksen()) {
            String svg = r.id().equals(r.norm()) ? Trendgrafiek.svg(r, streefwaarde) : null;
            if (svg != null) {
                grafieken.put(r.id(), svg);
            }
        }
        model.addAttribute("grafieken", grafieken);
        model.addAttribute("weergave", "trend");
        return "geschiedenis";
    }

    @GetMapping("/vergelijk")
    public String vergelijk(@RequestParam String a, @RequestParam String b,
                            @AuthenticationPrincipal Gebruiker gebruiker, Model model) {
        model.addAttribute("gebruiker", gebruiker);
        model.addAttribute("v", dienst.vergelijking(a, b, gebruiker));
        model.addAttribute("weergave", "vergelijk");
        return "geschiedenis";
    }
}
