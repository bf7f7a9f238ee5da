package dk.kulturmetropol.model;

import java.time.LocalDate;
import java.util.List;

/** The default agreement built by hand, for model tests (the shipped default is a YAML resource of kulturmetropol-rules). */
final class Fixtures {
    private Fixtures() {
    }

    /** The default agreement: Kulturmetropolen 2021-2024, as the kommissorium and the public facts give it. */
    static Agreement kulturmetropolen2021() {
        LocalDate from = LocalDate.of(2021, 1, 1);
        LocalDate to = LocalDate.of(2024, 12, 31);
        return new Agreement("Kulturmetropolen 2021-2024", from, to,
                List.of(Partner.of("albertslund", "Albertslund Kommune"),
                        Partner.of("furesoe", "Furesø Kommune"),
                        Partner.of("halsnaes", "Halsnæs Kommune"),
                        Partner.of("helsingoer", "Helsingør Kommune"),
                        Partner.of("herlev", "Herlev Kommune"),
                        Partner.of("ishoej", "Ishøj Kommune"),
                        Partner.of("koege", "Køge Kommune"),
                        Partner.of("roskilde", "Roskilde Kommune"),
                        Partner.of("roedovre", "Rødovre Kommune")),
                List.of(new FocusArea("culture-and-health", "Kultur- og sundhedsindsatsen »Et bedre liv med kultur«", "ishoej"),
                        new FocusArea("music", "Musikindsatsen", "roskilde"),
                        new FocusArea("youth", "Ungeindsatsen", "albertslund")),
                new ChairTerm("ishoej", from, to),
                "ishoej",
                List.of());
    }

}
