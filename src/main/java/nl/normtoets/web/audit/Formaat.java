package nl.normtoets.web.audit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotAcceptableException;

/** The report formats, chosen by {@code ?formaat=} (for links) or else by the Accept header; JSON by default. */
public enum Formaat {
    JSON(MediaType.APPLICATION_JSON), HTML(MediaType.TEXT_HTML), PDF(MediaType.APPLICATION_PDF);

    public static final List<MediaType> TYPES = List.of(MediaType.APPLICATION_JSON, MediaType.TEXT_HTML,
            MediaType.APPLICATION_PDF);

    private final MediaType type;

    Formaat(MediaType type) {
        this.type = type;
    }

    public MediaType type() {
        return type;
    }

    public static Formaat kies(String formaat, String accept) throws HttpMediaTypeNotAcceptableException {
        if (formaat != null && !formaat.isBlank()) {
            try {
                return valueOf(formaat.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new HttpMediaTypeNotAcceptableException(TYPES);
            }
        }
        if (accept == null || accept.isBlank()) {
            return JSON;
        }
        List<MediaType> gevraagd = new ArrayList<>(MediaType.parseMediaTypes(accept));
        gevraagd.sort(Comparator.comparingDouble(MediaType::getQualityValue).reversed());
        for (MediaType m : gevraagd) {
            for (Formaat f : values()) {
                if (m.includes(f.type)) {
                    return f;
                }
            }
        }
        throw new HttpMediaTypeNotAcceptableException(TYPES);
    }
}
