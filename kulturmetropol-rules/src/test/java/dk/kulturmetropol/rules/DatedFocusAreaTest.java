package dk.kulturmetropol.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import dk.kulturmetropol.model.Agreement;
import dk.kulturmetropol.model.Duty;
import dk.kulturmetropol.model.FocusArea;
import dk.kulturmetropol.model.Language;
import dk.kulturmetropol.model.Partner;
import dk.kulturmetropol.model.Sentences;
import org.junit.jupiter.api.Test;

/** Agreements that change during their period: a focus area that starts within it, and one whose home moves. */
class DatedFocusAreaTest {
    private static final Agreement DEFAULT = AgreementYaml.kulturmetropolen();
    private static final LocalDate JOINS = LocalDate.of(2023, 1, 1);
    /** Gladsaxe joins on 2023-01-01 and leads a new focus area, literature, from that day. */
    private static final Governance LITERATURE = Governance.of(DEFAULT
            .withPartner(new Partner("gladsaxe", "Gladsaxe Kommune", JOINS, null))
            .withFocusArea(new FocusArea("literature", "Litteraturindsatsen", "gladsaxe").existing(JOINS, null)));
    /** Roskilde leads music until 2022-06-30, Herlev from 2022-07-01. */
    private static final Governance MOVING = Governance.of(new Agreement(DEFAULT.name(), DEFAULT.from(), DEFAULT.to(),
            DEFAULT.partners(), DEFAULT.focusAreas().stream()
                    .map(f -> f.id().equals("music") ? f.movingTo("herlev", LocalDate.of(2022, 7, 1)) : f).toList(),
            DEFAULT.chair(), DEFAULT.secretariatHost(), DEFAULT.viceChairs()));

    private static List<String> holders(Governance g, String post, LocalDate day) {
        return g.holders(post, Criteria.any().asOf(day)).map(h -> h.holder());
    }

    @Test
    void should_give_a_focus_area_that_starts_within_the_period_its_duties_from_that_day() {
        // when
        Answer<Duty> before = LITERATURE.who("approve", "annual-plan", Criteria.any().scope("literature").asOf(JOINS.minusDays(1)));
        Answer<Duty> from = LITERATURE.who("approve", "annual-plan", Criteria.any().scope("literature").asOf(JOINS));

        // then: before it exists no rows, and why, as for a date outside the period; from that day KMK approves
        assertThat(before.rows()).isEmpty();
        assertThat(before.why()).hasValueSatisfying(why -> {
            assertThat(why.reason()).isEqualTo(Why.Reason.OUTSIDE_TERM);
            assertThat(why.intervals()).singleElement().hasToString("2023-01-01..2024-12-31")
                    .satisfies(v -> assertThat(v.basis()).isEqualTo("the focus area 'literature'"));
            assertThat(why.text()).isEqualTo("nothing applies on 2022-12-31: the focus area 'literature' (2023-01-01..2024-12-31)"
                    + " had not begun on 2022-12-31");
        });
        assertThat(from.map(d -> d.actor())).containsExactly("kmk");
        assertThat(holders(LITERATURE, "home-municipality:literature", JOINS.minusDays(1))).isEmpty();
        assertThat(holders(LITERATURE, "home-municipality:literature", JOINS)).containsExactly("gladsaxe");
        assertThat(LITERATURE.duties("project-chief:literature", Criteria.any().asOf(JOINS.minusDays(1))).rows()).isEmpty();
    }

    @Test
    void should_say_in_danish_why_nothing_applies_before_the_focus_area_starts() {
        Why why = LITERATURE.who("approve", "annual-plan", Criteria.any().scope("literature").asOf(LocalDate.of(2022, 6, 1))).why().orElseThrow();

        String da = Sentences.of(LITERATURE.labels(Language.DA)).why(why.reason().id(), why.intervals(), why.asOf());

        assertThat(da).contains("Litteraturindsatsen (").contains("1. januar 2023").contains(") var ikke begyndt den 1. juni 2022");
    }

    @Test
    void should_find_no_error_in_the_gladsaxe_literature_agreement_and_no_missing_home_before_literature_exists() {
        List<Finding> findings = LITERATURE.validate(Criteria.any());

        assertThat(findings).noneMatch(f -> f.severity() == Finding.Severity.ERROR);
        assertThat(findings).filteredOn(f -> f.message().contains("literature"))
                .allSatisfy(f -> assertThat(f.message()).doesNotContain("2021-01-01").doesNotContain("2022-12-31"));
    }

    @Test
    void should_answer_each_side_of_a_home_that_moves_mid_period() {
        LocalDate last = LocalDate.of(2022, 6, 30);
        LocalDate first = LocalDate.of(2022, 7, 1);

        assertThat(holders(MOVING, "home-municipality:music", last)).containsExactly("roskilde");
        assertThat(holders(MOVING, "home-municipality:music", first)).containsExactly("herlev");
        assertThat(MOVING.who("hire", "project-chief", Criteria.any().scope("music").asOf(last)).rows())
                .filteredOn(r -> r.fact().actor().equals("home-municipality:music"))
                .singleElement().satisfies(r -> assertThat(r.resolvedTo()).containsExactly("roskilde"));
        assertThat(MOVING.who("hire", "project-chief", Criteria.any().scope("music").asOf(first)).rows())
                .filteredOn(r -> r.fact().actor().equals("home-municipality:music"))
                .singleElement().satisfies(r -> assertThat(r.resolvedTo()).containsExactly("herlev"));
        assertThat(MOVING.reports("project-chief:music", Criteria.any().about("employment").asOf(last)).map(l -> l.to()))
                .containsExactly("municipal-chief:roskilde");
        assertThat(MOVING.reports("project-chief:music", Criteria.any().about("employment").asOf(first)).map(l -> l.to()))
                .containsExactly("municipal-chief:herlev");
        assertThat(MOVING.validate(Criteria.any())).noneMatch(f -> f.severity() == Finding.Severity.ERROR);
    }

    @Test
    void should_say_the_old_homes_term_ended_and_name_the_new_home_as_the_agreements_not_the_sentences() {
        LocalDate first = LocalDate.of(2022, 7, 1);
        Answer<Duty> old = MOVING.duties("roskilde", Criteria.any().scope("music").asOf(first));
        assertThat(old.isEmpty()).isTrue();
        assertThat(old.why()).hasValueSatisfying(w -> {
            assertThat(w.reason()).isEqualTo(Why.Reason.OUTSIDE_TERM);
            assertThat(w.intervals()).singleElement().satisfies(v -> assertThat(v.to()).isEqualTo(LocalDate.of(2022, 6, 30)));
        });
        // near miss: a partner that was never home of the area has no rule, not a term that ended
        assertThat(MOVING.duties("roskilde", Criteria.any().scope("youth").asOf(first)).why())
                .hasValueSatisfying(w -> assertThat(w.reason()).isEqualTo(Why.Reason.NO_RULE));

        assertThat(MOVING.duties("herlev", Criteria.any().scope("music").asOf(first)).rows())
                .isNotEmpty().allSatisfy(r -> assertThat(r.through()).singleElement().satisfies(t -> assertThat(t.namedByAgreement()).isTrue()));
        // near miss: the home the sentence names
        assertThat(MOVING.duties("roskilde", Criteria.any().scope("music").asOf(first.minusDays(1))).rows())
                .isNotEmpty().allSatisfy(r -> assertThat(r.through()).singleElement().satisfies(t -> assertThat(t.namedByAgreement()).isFalse()));
    }

    @Test
    void should_keep_a_duty_that_names_no_home_one_duty_over_the_move() {
        // a rule fires once per home; what it derives without naming the home is one fact, for the whole period
        List<Duty> leads = MOVING.who("lead", "focus-area", Criteria.any().scope("music")).facts().stream()
                .filter(d -> d.actor().equals("home-municipality:music")).toList();

        assertThat(leads).singleElement().satisfies(d -> assertThat(d.validity()).isEqualTo(DEFAULT.period()));
        assertThat(Governance.of(DEFAULT).changesTo(MOVING)).allSatisfy(c -> assertThat(c.toString())
                .satisfiesAnyOf(t -> assertThat(t).contains("herlev"), t -> assertThat(t).contains("roskilde"),
                        t -> assertThat(t).contains("final-accounts")));
    }

    @Test
    void should_refuse_homes_with_a_gap_an_overlap_a_non_partner_or_from_after_to_naming_the_line() {
        String moving = AgreementYaml.defaultText().replace("  - { id: music, name: Musikindsatsen, home: roskilde }",
                "  - id: music\n    name: Musikindsatsen\n    home:\n      - { municipality: roskilde, to: 2022-06-30 }\n"
                        + "      - { municipality: herlev, from: 2022-07-01 }");
        assertThat(AgreementYaml.parse(moving, "m.yaml").focusAreas().get(1).homes()).hasSize(2);

        assertThatThrownBy(() -> AgreementYaml.parse(moving.replace("from: 2022-07-01", "from: 2022-08-01"), "m.yaml"))
                .isInstanceOf(InvalidConfigException.class)
                .hasMessage("m.yaml line 26: focus area 'music' has no home municipality from 2022-07-01 to 2022-07-31:"
                        + " each home starts the day after the one before it ends");
        assertThatThrownBy(() -> AgreementYaml.parse(moving.replace("from: 2022-07-01", "from: 2022-06-01"), "m.yaml"))
                .isInstanceOf(InvalidConfigException.class)
                .hasMessage("m.yaml line 26: focus area 'music': home municipality 'herlev' leads from 2022-06-01, while the home"
                        + " before it leads until 2022-06-30: homes follow one another in order of their dates, without overlap");
        assertThatThrownBy(() -> AgreementYaml.parse(moving.replace("to: 2022-06-30", "to: 2022-05-31"), "m.yaml"))
                .isInstanceOf(InvalidConfigException.class).hasMessageStartingWith("m.yaml line 26: focus area 'music' has no home");
        assertThatThrownBy(() -> AgreementYaml.parse(moving.replace("{ municipality: roskilde, to: 2022-06-30 }",
                "{ municipality: roskilde, from: 2022-06-30, to: 2022-01-01 }"), "m.yaml"))
                .isInstanceOf(InvalidConfigException.class)
                .hasMessage("m.yaml line 25: home municipality 'roskilde' ends 2022-01-01, before it starts 2022-06-30:"
                        + " 'from' must not be after 'to'");
        assertThatThrownBy(() -> AgreementYaml.parse(moving.replace("{ id: herlev, name: Herlev Kommune }",
                "{ id: herlev, name: Herlev Kommune, joined: 2023-01-01 }"), "m.yaml"))
                .isInstanceOf(InvalidConfigException.class)
                .hasMessage("m.yaml line 26: focus area 'music': home municipality 'herlev' joins 2023-01-01, after its term as home"
                        + " municipality begins 2022-07-01 (a home municipality is a partner on every day it leads its focus area):"
                        + " it must be a partner for all the time it holds the role");
    }

    @Test
    void should_refuse_a_focus_area_that_ends_before_it_starts_or_outside_the_period_naming_the_line() {
        String dated = AgreementYaml.defaultText().replace("home: albertslund }", "home: albertslund, from: 2023-01-01, to: 2022-01-01 }");
        assertThatThrownBy(() -> AgreementYaml.parse(dated, "d.yaml")).isInstanceOf(InvalidConfigException.class)
                .hasMessage("d.yaml line 23: focus area 'youth' ends 2022-01-01, before it starts 2023-01-01: 'from' must not be after 'to'");
        String outside = AgreementYaml.defaultText().replace("home: albertslund }", "home: albertslund, to: 2025-06-30 }");
        assertThatThrownBy(() -> AgreementYaml.parse(outside, "d.yaml")).isInstanceOf(InvalidConfigException.class)
                .hasMessage("d.yaml line 23: focus area 'youth' ends 2025-06-30, outside the agreement period 2021-01-01..2024-12-31");
    }

    @Test
    void should_write_and_read_back_dated_focus_areas_and_moving_homes() {
        Agreement a = LITERATURE.agreement().withFocusArea(new FocusArea("dance", "Danseindsatsen", "koege")
                .existing(null, LocalDate.of(2022, 12, 31)).movingTo("herlev", LocalDate.of(2022, 3, 1)));

        String yaml = AgreementYaml.write(a);

        assertThat(yaml).contains("home: gladsaxe").contains("municipality: herlev");
        assertThat(AgreementYaml.parse(yaml, "w.yaml")).isEqualTo(a);
        assertThat(a.focusAreas().get(4).homesWithin(a.period())).extracting(h -> h.municipality() + " " + h.validity())
                .containsExactly("koege 2021-01-01..2022-02-28", "herlev 2022-03-01..2022-12-31");
        assertThat(holders(LITERATURE, "home-municipality:literature", JOINS)).containsExactly("gladsaxe");
    }
}
