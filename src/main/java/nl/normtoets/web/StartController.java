package nl.normtoets.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import io.swagger.v3.oas.annotations.Hidden;
import nl.normtoets.web.beveiliging.Gebruiker;

/** A start page where a quality officer picks an audit set file and gets the HTML report, without touching JSON. */
@Controller
@Hidden
public class StartController {

    @GetMapping("/")
    public String start(@AuthenticationPrincipal Gebruiker gebruiker, Model model) {
        model.addAttribute("gebruiker", gebruiker);
        return "start";
    }
}
