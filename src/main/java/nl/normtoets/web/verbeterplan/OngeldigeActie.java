package nl.normtoets.web.verbeterplan;

import java.util.List;

/** An improvement action that cannot be stored as sent; answered with 400 and the field messages. */
public class OngeldigeActie extends RuntimeException {

    private final List<String> fouten;

    public OngeldigeActie(List<String> fouten) {
        super(String.join(" ", fouten));
        this.fouten = List.copyOf(fouten);
    }

    public List<String> fouten() {
        return fouten;
    }
}
