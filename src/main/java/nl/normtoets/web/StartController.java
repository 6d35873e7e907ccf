package nl.normtoets.web;

import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.normtoets.web.audit.AuditOpslag;
import nl.normtoets.web.beveiliging.Gebruiker;
import nl.normtoets.web.rapport.Opmaakhulp;
import nl.normtoets.web.rapport.Rapportbeveiliging;
import nl.normtoets.web.rapport.RecenteAudits;

/**
 * The start page: who is logged in (and a logout), the recent audits, and the actions with a short explanation each:
 * audit a set, the testmonitor's morning list and, once the service has them, history and reviews.
 */
@Controller
@Hidden
public class StartController {

    private final RecenteAudits recent;
    private final AuditOpslag opslag;
    private final RequestMappingHandlerMapping routes;

    public StartController(RecenteAudits recent, AuditOpslag opslag,
                           @org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping")
                           RequestMappingHandlerMapping routes) {
        this.recent = recent;
        this.opslag = opslag;
        this.routes = routes;
    }

    @GetMapping("/")
    public String start(@AuthenticationPrincipal Gebruiker gebruiker, Model model, HttpServletRequest verzoek,
                        HttpServletResponse antwoord) {
        CsrfToken token = Rapportbeveiliging.AFMELD_CSRF.loadToken(verzoek);
        if (token == null) {
            token = Rapportbeveiliging.AFMELD_CSRF.generateToken(verzoek);
            Rapportbeveiliging.AFMELD_CSRF.saveToken(token, verzoek, antwoord);
        }
        List<RecenteAudits.Vermelding> audits = recent.lijst().stream().filter(r -> opslag.vind(r.id()).isPresent())
                .toList();
        model.addAttribute("gebruiker", gebruiker);
        model.addAttribute("csrf", token);
        model.addAttribute("audits", audits);
        model.addAttribute("f", new Opmaakhulp());
        model.addAttribute("geschiedenis", route("geschiedenis"));
        model.addAttribute("reviews", route("review"));
        return "start";
    }

    /** The first GET route whose path contains the word, or null: links appear once that part of the service exists. */
    private String route(String woord) {
        return routes.getHandlerMethods().keySet().stream()
                .filter(i -> i.getMethodsCondition().getMethods().isEmpty()
                        || i.getMethodsCondition().getMethods().contains(org.springframework.web.bind.annotation.RequestMethod.GET))
                .flatMap(i -> i.getPatternValues().stream())
                .filter(p -> p.contains(woord) && !p.contains("{"))
                .sorted().findFirst().orElse(null);
    }
}
