package nl.normtoets.web.review;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import io.swagger.v3.oas.annotations.Hidden;
import nl.normtoets.geschiedenis.Reviewarchief;
import nl.normtoets.review.Dossierantwoorden;
import nl.normtoets.review.Steekproef;
import nl.normtoets.review.VieroogenFout;
import nl.normtoets.review.blad.Bladfout;
import nl.normtoets.review.blad.Bladinhoud;
import nl.normtoets.review.blad.Bladlezer;
import nl.normtoets.review.blad.Bladrij;
import nl.normtoets.review.blad.Bladschrijver;
import nl.normtoets.review.blad.Lezingblad;
import nl.normtoets.review.blad.Lezingimport;
import nl.normtoets.review.blad.OnleesbaarBlad;
import nl.normtoets.web.beveiliging.Gebruiker;
import nl.normtoets.web.fout.GeenToegang;
import nl.normtoets.web.rapport.Opmaakhulp;

/**
 * The offline review sheet of a sample: download (.xlsx or CSV) with the answers saved so far, and upload of a
 * filled-in sheet. A reviewer's sheet leaves out the dossiers it works on. An upload with any error stores nothing
 * and answers 422 with every error by sheet, row and column.
 */
@Controller
@Hidden
public class LezingbladController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final Reviewarchief reviews;
    private final Reviewconfiguratie.Checklist checklist;

    public LezingbladController(Reviewarchief reviews, Reviewconfiguratie.Checklist checklist) {
        this.reviews = reviews;
        this.checklist = checklist;
    }

    @GetMapping(ReviewController.BASIS + "/audits/{id}/blad")
    public ResponseEntity<StreamingResponseBody> blad(@PathVariable String id,
                                                      @RequestParam(defaultValue = "xlsx") String formaat,
                                                      @AuthenticationPrincipal Gebruiker gebruiker) {
        Reviewtoegang.magBladGebruiken(gebruiker);
        Lezingblad.Soort soort = switch (formaat.strip().toLowerCase(Locale.ROOT)) {
            case "xlsx" -> Lezingblad.Soort.XLSX;
            case "csv" -> Lezingblad.Soort.CSV;
            default -> throw ReviewController.ongeldig("Het formaat is xlsx of csv.");
        };
        Steekproef sp = huidigeSteekproef(id);
        List<Bladrij> rijen = Lezingimport.rijen(sp, checklist.lijst(), reviews.antwoorden(sp.id()),
                Reviewtoegang.identiteiten(gebruiker));
        boolean xlsx = soort == Lezingblad.Soort.XLSX;
        StreamingResponseBody body = uit -> Bladschrijver.schrijf(rijen, soort, uit);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(xlsx ? XLSX : "text/csv;charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"dossierlezing." + (xlsx ? "xlsx"
                        : "csv") + "\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(body);
    }

    @PostMapping(ReviewController.BASIS + "/audits/{id}/blad")
    public String importeer(@PathVariable String id, @RequestParam("bestand") MultipartFile bestand,
                            @AuthenticationPrincipal Gebruiker gebruiker, CsrfToken csrf, Model model,
                            jakarta.servlet.http.HttpServletResponse antwoord) {
        Reviewtoegang.magBladGebruiken(gebruiker);
        Steekproef sp = huidigeSteekproef(id);
        String naam = bestandsnaam(bestand.getOriginalFilename());
        model.addAttribute("f", new Opmaakhulp());
        model.addAttribute("gebruiker", gebruiker);
        model.addAttribute("steekproefLink", ReviewController.BASIS + "/audits/" + id);
        model.addAttribute("csrf", ReviewController.token(csrf));
        try (InputStream in = bestand.getInputStream()) {
            Bladinhoud inhoud = Bladlezer.lees(in, Lezingblad.Soort.vanNaam(naam), naam);
            List<Dossierantwoorden> antwoorden = Lezingimport.antwoorden(inhoud, sp, checklist.lijst(),
                    gebruiker.naam(), Reviewtoegang.identiteiten(gebruiker), Instant.now());
            for (Dossierantwoorden a : antwoorden) {
                reviews.bewaarAntwoorden(a, checklist.lijst());
            }
            model.addAttribute("fouten", List.<Bladfout>of());
            model.addAttribute("opgeslagen", antwoorden);
        } catch (OnleesbaarBlad e) {
            antwoord.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("fouten", e.fouten());
            model.addAttribute("opgeslagen", List.of());
        } catch (VieroogenFout e) {
            throw new GeenToegang(e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "review/import";
    }

    private Steekproef huidigeSteekproef(String id) {
        return reviews.huidige(id).orElseThrow(() -> new nl.normtoets.web.fout.NietGevonden("Audit " + id
                + " heeft (nog) geen steekproef voor de dossierlezing."));
    }

    /** Only the last path element of the browser's file name, and only for the extension and messages. */
    static String bestandsnaam(String origineel) {
        if (origineel == null || origineel.isBlank()) {
            return "reviewblad";
        }
        String s = origineel.replace('\\', '/');
        s = s.substring(s.lastIndexOf('/') + 1).replaceAll("[^A-Za-z0-9._ -]", "_");
        return s.length() > 80 ? s.substring(s.length() - 80) : s;
    }
}
