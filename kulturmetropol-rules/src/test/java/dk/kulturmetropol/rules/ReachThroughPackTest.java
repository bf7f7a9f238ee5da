package dk.kulturmetropol.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import dk.kulturmetropol.model.Duty;
import dk.kulturmetropol.model.Validity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Duties borne through two steps, and places that hold for part of the period, from a rule pack: the kommissorium
 * alone has neither. The pack seats the political chair in KMK for 2022 and places KMK in Roskilde for 2022.
 */
class ReachThroughPackTest {
    private static final Validity YEAR_2022 = new Validity(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31), "the 2022 seat");
    private static final String PACK = """
            package p;

            import java.time.LocalDate;
            import dk.kulturmetropol.model.*;
            import dk.kulturmetropol.rules.pack.Derive;

            rule "political-chair-sits-in-kmk-in-2022"
                @source("p")
                @clause("p.chair-in-kmk")
                @quote("The political chair sits in KMK in 2022.")
            when
                AgreementPeriod()
            then
                insert(Derive.member("kmk", "political-chair",
                        new Validity(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31), "the 2022 seat")));
            end

            rule "kmk-sits-in-roskilde-in-2022"
                @source("p")
                @clause("p.kmk-in-roskilde")
                @quote("KMK is placed in Roskilde in 2022.")
            when
                AgreementPeriod()
            then
                insert(Derive.placed("kmk", "roskilde",
                        new Validity(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31), "the 2022 seat")));
            end
            """;

    private static Governance g;

    @BeforeAll
    static void build(@TempDir Path dir) throws IOException {
        g = Governance.builder().rulePack(Files.writeString(dir.resolve("reach.drl"), PACK)).build();
    }

    @Test
    void should_give_the_chairs_holder_kmk_duties_through_the_post_and_the_seat_while_both_hold() {
        // when
        List<Row<Duty>> viaKmk = g.duties("culture-committee-chair:ishoej").rows().stream()
                .filter(r -> r.fact().actor().equals("kmk")).toList();

        // then
        assertThat(viaKmk).isNotEmpty().allSatisfy(r -> {
            assertThat(r.through()).extracting(Through::toString).containsExactly("holds political-chair", "sits in kmk");
            assertThat(r.fact().validity().from()).isEqualTo(YEAR_2022.from());
            assertThat(r.fact().validity().to()).isEqualTo(YEAR_2022.to());
        });
    }

    @Test
    void should_show_a_place_only_on_a_date_it_holds() {
        // given
        Criteria music = Criteria.any().scope("music");

        // when
        Row<Duty> in2022 = g.who("approve", "annual-plan", music.asOf(LocalDate.of(2022, 6, 1))).rows().get(0);
        Row<Duty> in2023 = g.who("approve", "annual-plan", music.asOf(LocalDate.of(2023, 6, 1))).rows().get(0);
        Row<Duty> anyTime = g.who("approve", "annual-plan", music).rows().get(0);

        // then
        assertThat(in2022.placedIn()).containsEntry("kmk", "roskilde");
        assertThat(in2023.placedIn()).doesNotContainKey("kmk");
        assertThat(anyTime.placedIn()).containsEntry("kmk", "roskilde");
    }
}
