package nl.normtoets.web.geschiedenis;

import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import io.swagger.v3.oas.annotations.Hidden;
import nl.normtoets.web.beveiliging.Gebruiker;

/** HTML pages for history, trend and comparison; the same content as {@link GeschiedenisApi}. */
@Controller
@Hidden
@RequestMapping(value = "/geschiedenis", produces = MediaType.TEXT_HTML_VALUE)
public class GeschiedenisPagina {

    private final Geschiedenisdienst dienst;

    public GeschiedenisPagina(Geschiedenisdienst dienst) {
        this.dienst = dienst;
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
        model.addAttribute("trend", dienst.trend(organisatie, gebruiker));
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
