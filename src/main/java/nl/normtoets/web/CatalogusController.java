package nl.normtoets.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import nl.normtoets.norm.Normcatalogus;

/** The norm catalog the service audits with: themes, norms, indicators, terms and thresholds. */
@RestController
public class CatalogusController {

    private final Normcatalogus catalogus;

    public CatalogusController(Normcatalogus catalogus) {
        this.catalogus = catalogus;
    }

    @Operation(summary = "De normcatalogus (thema's, normen, indicatoren, termijnen, oordeelsgrenzen)")
    @GetMapping(value = "/api/catalogus", produces = "application/json")
    public Normcatalogus catalogus() {
        return catalogus;
    }
}
