package dk.kulturmetropol.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import dk.kulturmetropol.model.Duty;
import org.junit.jupiter.api.Test;

/**
 * A body named in many rows of one answer (every partner's duty goes to the KMK, whose members are every partner's
 * culture chief) is resolved once for the answer, not once a row: the rows share one list of its members. Otherwise an
 * answer costs rows times members, and the RACI matrix of 2,000 partners took minutes (issue 19; its time is measured
 * from the command line, not here).
 */
class ResolveOnceTest {

    @Test
    void should_resolve_a_body_once_per_answer_whatever_the_number_of_rows_naming_it() {
        int partners = 40;
        Governance g = Governance.of(agreement(partners));
        int sharedRows = 0;
        for (String action : g.accepted("action")) {
            for (String matter : g.accepted("matter")) {
                Map<String, Set<List<String>>> listsOf = new java.util.HashMap<>();
                for (Row<Duty> row : g.who(action, matter).rows()) {
                    row.resolved().forEach((actor, members) -> {
                        if (members.size() >= partners) {
                            listsOf.computeIfAbsent(actor + " within " + row.fact().validity().from() + ".." + row.fact().validity().to(),
                                    k -> Collections.newSetFromMap(new IdentityHashMap<>())).add(members);
                        }
                    });
                }
                for (Map.Entry<String, Set<List<String>>> e : listsOf.entrySet()) {
                    assertThat(e.getValue()).as("%s %s: lists resolving %s", action, matter, e.getKey()).hasSize(1);
                }
                sharedRows += g.who(action, matter).rows().stream().filter(r -> r.resolved().values().stream()
                        .anyMatch(m -> m.size() >= partners)).count() > 1 ? 1 : 0;
            }
        }
        assertThat(sharedRows).as("answers with more than one row naming a body of every partner").isPositive();
    }

    /** An agreement of {@code n} partners, p0 to p(n-1), one focus area. */
    static dk.kulturmetropol.model.Agreement agreement(int n) {
        return AgreementYaml.parse("""
                name: Many partners
                period: { from: 2021-01-01, to: 2024-12-31 }
                partners:
                %s
                focusAreas: [ { id: music, name: Musik, home: p0 } ]
                chair: { municipality: p0, from: 2021-01-01, to: 2024-12-31 }
                secretariat: { host: p0 }
                """.formatted(IntStream.range(0, n).mapToObj(i -> "  - { id: p" + i + ", name: P " + i + " }")
                .collect(Collectors.joining("\n"))), "generated");
    }
}
