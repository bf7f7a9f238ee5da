package dk.kulturmetropol.examples;

import java.time.LocalDate;
import java.util.List;

import dk.kulturmetropol.model.Agreement;
import dk.kulturmetropol.model.FocusArea;
import dk.kulturmetropol.model.Partner;
import dk.kulturmetropol.model.PostHolding;
import dk.kulturmetropol.rules.Criteria;
import dk.kulturmetropol.rules.Governance;
import dk.kulturmetropol.rules.Row;

/**
 * The README's "Adding a partner municipality" from Java: Gladsaxe joins and leads literature from 2023-01-01, and
 * music's home moves to Herlev on 2022-07-01; compiled and run by {@code AgreementChangesExampleTest}.
 */
public final class AgreementChangesExample {
    private AgreementChangesExample() {
    }

    /**
     * The holders of the two posts the changes touch, each on a day before and a day after its change, as
     * "post day: holders" lines (none before literature exists).
     *
     * @return four lines, e.g. {@code home-municipality:literature 2023-06-01: [gladsaxe]}
     */
    public static List<String> run() {
        // README:agreement-changes:start
        Agreement agreement = Governance.kulturmetropolen().agreement();
        Agreement changed = agreement
                .withPartner(new Partner("gladsaxe", "Gladsaxe Kommune", LocalDate.of(2023, 1, 1), null))
                .withFocusArea(new FocusArea("literature", "Litteraturindsatsen", "gladsaxe").existing(LocalDate.of(2023, 1, 1), null))
                .withFocusAreaReplaced(agreement.focusArea("music").movingTo("herlev", LocalDate.of(2022, 7, 1)));
        Governance g = Governance.of(changed);
        List<Row<PostHolding>> literature = g.holders("home-municipality:literature", Criteria.any().asOf(LocalDate.of(2023, 6, 1))).rows();
        List<Row<PostHolding>> music = g.holders("home-municipality:music", Criteria.any().asOf(LocalDate.of(2022, 7, 1))).rows();
        // literature: gladsaxe; music: herlev (before 2023 literature has no rows, and music is Roskilde's until 2022-06-30)
        // README:agreement-changes:end
        return List.of(line(g, "home-municipality:literature", LocalDate.of(2022, 6, 1)),
                line(g, "home-municipality:literature", LocalDate.of(2023, 6, 1)),
                line(g, "home-municipality:music", LocalDate.of(2022, 6, 30)),
                line(g, "home-municipality:music", LocalDate.of(2022, 7, 1)),
                "shown: " + literature.get(0).fact().holder() + ", " + music.get(0).fact().holder());
    }

    private static String line(Governance g, String post, LocalDate day) {
        return post + " " + day + ": " + g.holders(post, Criteria.any().asOf(day)).rows().stream().map(r -> r.fact().holder()).toList();
    }

    /**
     * Prints the lines of {@link #run()}.
     *
     * @param args none
     */
    public static void main(String[] args) {
        run().forEach(System.out::println);
    }
}
