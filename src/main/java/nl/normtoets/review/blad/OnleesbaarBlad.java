package nl.normtoets.review.blad;

import java.util.List;

/** An imported review sheet with errors; nothing of it is stored. The message lists every error found. */
public class OnleesbaarBlad extends RuntimeException {

    private final List<Bladfout> fouten;

    public OnleesbaarBlad(List<Bladfout> fouten) {
        super(bericht(fouten));
        this.fouten = List.copyOf(fouten);
    }

    public OnleesbaarBlad(Bladfout fout, Throwable oorzaak) {
        super(bericht(List.of(fout)), oorzaak);
        this.fouten = List.of(fout);
    }

    public List<Bladfout> fouten() {
        return fouten;
    }

    private static String bericht(List<Bladfout> fouten) {
        StringBuilder s = new StringBuilder("Het reviewblad heeft ").append(fouten.size())
                .append(fouten.size() == 1 ? " fout" : " fouten").append(", er is niets opgeslagen:");
        fouten.forEach(f -> s.append("\n  ").append(f));
        return s.toString();
    }
}
