package dk.kulturmetropol.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** A focus area that starts or ends within the period, and a home that moves: the facts it gives and what it refuses. */
class FocusAreaTest {
    private static final Agreement DEFAULT = Fixtures.kulturmetropolen2021();
    private static final Validity PERIOD = DEFAULT.period();
    private static final LocalDate JOINS = LocalDate.of(2023, 1, 1);

    @Test
    void should_give_a_focus_area_for_the_whole_period_one_home_fact_bounded_by_the_period() {
        assertThat(new FocusArea("music", "Musikindsatsen", "roskilde").homesWithin(PERIOD))
                .containsExactly(new FocusAreaHome("music", "roskilde", PERIOD));
    }

    @Test
    void should_cut_a_homes_days_to_the_days_the_focus_area_exists() {
        // given: a home from the period's start, in a focus area that exists from 2023-01-01
        FocusArea literature = new FocusArea("literature", "Litteraturindsatsen", "gladsaxe").existing(JOINS, null);

        // then
        assertThat(literature.homesWithin(PERIOD)).singleElement().satisfies(h -> {
            assertThat(h.validity()).hasToString("2023-01-01..2024-12-31");
            assertThat(h.validity().basis()).isEqualTo("the focus area 'literature'");
        });
        assertThat(literature.homeOn(JOINS.minusDays(1), PERIOD)).isEmpty();
        assertThat(literature.homeOn(JOINS, PERIOD)).contains("gladsaxe");
    }

    @Test
    void should_give_a_moving_home_one_fact_per_home_bounded_by_its_own_days() {
        FocusArea music = new FocusArea("music", "Musikindsatsen", "roskilde").movingTo("herlev", LocalDate.of(2022, 7, 1));

        assertThat(music.homesWithin(PERIOD)).extracting(h -> h.municipality() + " " + h.validity() + " " + h.validity().basis())
                .containsExactly("roskilde 2021-01-01..2022-06-30 the term of 'roskilde' as home municipality of focus area 'music'",
                        "herlev 2022-07-01..2024-12-31 the term of 'herlev' as home municipality of focus area 'music'");
    }

    @Test
    void should_join_two_homes_days_into_the_focus_areas_and_nothing_else() {
        Validity roskilde = new Validity(LocalDate.of(2021, 1, 1), LocalDate.of(2022, 6, 30), "the term of 'roskilde' as home municipality of focus area 'music'");
        Validity herlev = new Validity(LocalDate.of(2022, 7, 1), LocalDate.of(2024, 12, 31), "the term of 'herlev' as home municipality of focus area 'music'");
        Validity youth = new Validity(LocalDate.of(2022, 7, 1), LocalDate.of(2024, 12, 31), "the term of 'herlev' as home municipality of focus area 'youth'");

        assertThat(roskilde.joinedWith(herlev)).hasValueSatisfying(v -> {
            assertThat(v).hasToString("2021-01-01..2024-12-31");
            assertThat(v.basis()).isEqualTo("the focus area 'music'");
        });
        assertThat(roskilde.joinedWith(youth)).isEmpty();
        assertThat(herlev.joinedWith(roskilde)).isEmpty();
        assertThat(roskilde.joinedWith(new Validity(LocalDate.of(2022, 7, 2), LocalDate.of(2024, 12, 31), roskilde.basis()))).isEmpty();
        assertThat(roskilde.joinedWith(new Validity(LocalDate.of(2022, 7, 1), LocalDate.of(2024, 12, 31), roskilde.basis())))
                .contains(new Validity(LocalDate.of(2021, 1, 1), LocalDate.of(2024, 12, 31), roskilde.basis()));
    }

    @Test
    void should_say_the_bases_of_a_focus_area_and_a_home_in_danish() {
        Sentences da = Sentences.of(Labels.of(Language.DA, DEFAULT));

        assertThat(da.basis("the focus area 'music'")).isEqualTo("Musikindsatsen");
        assertThat(da.basis("the term of 'roskilde' as home municipality of focus area 'music'"))
                .isEqualTo("Roskilde Kommunes periode som hjemkommune for Musikindsatsen");
    }

    @Test
    void should_refuse_a_home_that_is_not_a_partner_on_the_days_it_leads_naming_where() {
        Partner gladsaxe = new Partner("gladsaxe", "Gladsaxe Kommune", JOINS, null);
        FocusArea early = new FocusArea("literature", "Litteraturindsatsen", "gladsaxe").existing(LocalDate.of(2022, 6, 1), null);

        assertThatThrownBy(() -> DEFAULT.withPartner(gladsaxe).withFocusArea(early)).isInstanceOf(InvalidAgreementException.class)
                .hasMessageStartingWith("focus area 'literature': home municipality 'gladsaxe' joins 2023-01-01, after its term as home"
                        + " municipality begins 2022-06-01")
                .satisfies(e -> assertThat(((InvalidAgreementException) e).path()).contains("focusAreas[3].home"));
        assertThat(DEFAULT.withPartner(gladsaxe).withFocusArea(early.existing(JOINS, null)).focusAreaIds()).contains("literature");
    }

    @Test
    void should_refuse_a_home_list_that_overlaps_or_leaves_days_without_a_home() {
        FocusArea.Home roskilde = new FocusArea.Home("roskilde", null, LocalDate.of(2022, 6, 30));

        assertThatThrownBy(() -> DEFAULT.withFocusArea(new FocusArea("dance", "Dans",
                List.of(roskilde, new FocusArea.Home("herlev", LocalDate.of(2022, 6, 30), null)), null, null)))
                .isInstanceOf(InvalidAgreementException.class).hasMessageContaining("without overlap")
                .satisfies(e -> assertThat(((InvalidAgreementException) e).path()).contains("focusAreas[3].home[1].from"));
        assertThatThrownBy(() -> DEFAULT.withFocusArea(new FocusArea("dance", "Dans", List.of(roskilde), null, null)))
                .isInstanceOf(InvalidAgreementException.class)
                .hasMessageStartingWith("focus area 'dance' has no home municipality from 2022-07-01 to 2024-12-31");
        assertThatThrownBy(() -> DEFAULT.withFocusArea(new FocusArea("dance", "Dans",
                List.of(new FocusArea.Home("roskilde", LocalDate.of(2021, 2, 1), null)), null, null)))
                .isInstanceOf(InvalidAgreementException.class)
                .hasMessageStartingWith("focus area 'dance' has no home municipality from 2021-01-01 to 2021-01-31");
        assertThatThrownBy(() -> new FocusArea("dance", "Dans", List.of(roskilde), JOINS, LocalDate.of(2022, 1, 1)))
                .isInstanceOf(InvalidAgreementException.class).hasMessageContaining("'from' must not be after 'to'");
    }

    @Test
    void should_refuse_a_home_list_out_of_date_order_saying_so_not_that_days_have_no_home() {
        List<FocusArea.Home> reversed = List.of(new FocusArea.Home("herlev", LocalDate.of(2022, 7, 1), null),
                new FocusArea.Home("roskilde", null, LocalDate.of(2022, 6, 30)));

        assertThatThrownBy(() -> DEFAULT.withFocusArea(new FocusArea("dance", "Dans", reversed, null, null)))
                .isInstanceOf(InvalidAgreementException.class)
                .hasMessageStartingWith("focus area 'dance': home municipality 'roskilde' (from 2021-01-01) is listed after 'herlev'"
                        + " (from 2022-07-01): list the homes in order of their dates, the earliest first")
                .satisfies(e -> assertThat(((InvalidAgreementException) e).path()).contains("focusAreas[3].home[1]"));
    }

    @Test
    void should_refuse_a_move_that_is_not_after_the_last_one_naming_both() {
        FocusArea music = new FocusArea("music", "Musikindsatsen", "roskilde").movingTo("herlev", LocalDate.of(2022, 7, 1));

        assertThatThrownBy(() -> music.movingTo("koege", LocalDate.of(2022, 3, 1))).isInstanceOf(InvalidAgreementException.class)
                .hasMessage("focus area 'music' cannot move to 'koege' on 2022-03-01: its last home, 'herlev', leads from 2022-07-01;"
                        + " each move comes after the one before it");
        assertThat(music.movingTo("koege", LocalDate.of(2023, 3, 1)).homes()).extracting(FocusArea.Home::municipality)
                .containsExactly("roskilde", "herlev", "koege");
    }

    @Test
    void should_replace_a_focus_area_in_its_place_and_refuse_adding_one_twice() {
        Agreement moved = DEFAULT.withFocusAreaReplaced(DEFAULT.focusArea("music").movingTo("herlev", LocalDate.of(2022, 7, 1)));

        assertThat(moved.focusAreaIds()).isEqualTo(DEFAULT.focusAreaIds());
        assertThat(moved.focusArea("music").homes()).extracting(FocusArea.Home::municipality).containsExactly("roskilde", "herlev");
        assertThat(DEFAULT.focusArea("music").homes()).extracting(FocusArea.Home::municipality).containsExactly("roskilde");
        assertThatThrownBy(() -> DEFAULT.withFocusArea(DEFAULT.focusArea("music").movingTo("herlev", LocalDate.of(2022, 7, 1))))
                .isInstanceOf(InvalidAgreementException.class)
                .hasMessageStartingWith("focus area 'music' is already in the agreement: to change it, e.g. to move its home,"
                        + " use withFocusAreaReplaced(...)");
        assertThatThrownBy(() -> DEFAULT.withFocusAreaReplaced(new FocusArea("dance", "Dans", "roskilde")))
                .isInstanceOf(InvalidAgreementException.class).hasMessageStartingWith("no focus area 'dance'; focus areas are: ");
        assertThat(DEFAULT.withoutFocusArea("youth").focusAreaIds()).doesNotContain("youth").hasSize(DEFAULT.focusAreaIds().size() - 1);
    }

    @Test
    void should_say_how_to_hand_on_a_focus_area_when_its_undated_home_leaves() {
        List<Partner> partners = DEFAULT.partners().stream()
                .map(p -> p.id().equals("albertslund") ? new Partner(p.id(), p.name(), null, LocalDate.of(2022, 12, 31)) : p).toList();

        assertThatThrownBy(() -> new Agreement(DEFAULT.name(), DEFAULT.from(), DEFAULT.to(), partners, DEFAULT.focusAreas(),
                DEFAULT.chair(), DEFAULT.secretariatHost(), DEFAULT.viceChairs())).isInstanceOf(InvalidAgreementException.class)
                .hasMessageContaining("(a home given without dates leads its focus area for the whole period; to hand it to another"
                        + " partner, give home a list of { municipality, from, to } (in Java, FocusArea.movingTo))");
    }
}
