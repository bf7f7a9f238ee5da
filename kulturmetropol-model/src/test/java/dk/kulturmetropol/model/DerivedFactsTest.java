package dk.kulturmetropol.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The derived facts that rules insert: their defaults, their copies with one field changed, and what they tell. */
class DerivedFactsTest {
    private static final Validity PERIOD = new Validity(LocalDate.of(2021, 1, 1), LocalDate.of(2024, 12, 31), "the agreement period");
    private static final Validity SEAT = new Validity(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31), "the seat");
    private static final String KMK = "kmk";
    private static final String SECRETARIAT = "secretariat";
    private static final Duty DUTY = Duty.of("rule", "kmk.tasks-5", KMK, "approve", "annual-plan", PERIOD);

    @Test
    void should_start_a_duty_as_an_unqualified_must() {
        assertThat(DUTY).isEqualTo(new Duty("rule", "kmk.tasks-5", KMK, "approve", "annual-plan", null, Modality.MUST,
                List.of(), List.of(), PERIOD, null, null, null, null));
        assertThat(DUTY.clauseIds()).containsExactly("kmk.tasks-5");
        assertThat(DUTY.actorIfNamed()).contains(KMK);
        assertThat(DUTY.readingIfAny()).isEmpty();
    }

    @Test
    void should_change_one_field_of_a_duty_at_a_time() {
        // given
        Frequency quarterly = Frequency.atLeastPerQuarter(1);
        Due due = Due.on(LocalDate.of(2023, 9, 15));

        // then
        assertThat(DUTY.inScope("music")).isEqualTo(duty("music", Modality.MUST, List.of(), List.of(), PERIOD, null, null, null, null));
        assertThat(DUTY.withModality(Modality.MAY)).isEqualTo(duty(null, Modality.MAY, List.of(), List.of(), PERIOD, null, null, null, null));
        assertThat(DUTY.jointlyWith(SECRETARIAT)).isEqualTo(duty(null, Modality.MUST, List.of(SECRETARIAT), List.of(), PERIOD, null, null, null, null));
        assertThat(DUTY.to(SECRETARIAT)).isEqualTo(duty(null, Modality.MUST, List.of(), List.of(SECRETARIAT), PERIOD, null, null, null, null));
        assertThat(DUTY.during(SEAT)).isEqualTo(duty(null, Modality.MUST, List.of(), List.of(), SEAT, null, null, null, null));
        assertThat(DUTY.every(quarterly)).isEqualTo(duty(null, Modality.MUST, List.of(), List.of(), PERIOD, quarterly, null, null, null));
        assertThat(DUTY.when(Condition.BETWEEN_MEETINGS))
                .isEqualTo(duty(null, Modality.MUST, List.of(), List.of(), PERIOD, null, Condition.BETWEEN_MEETINGS, null, null));
        assertThat(DUTY.due(due)).isEqualTo(duty(null, Modality.MUST, List.of(), List.of(), PERIOD, null, null, due, null));
        assertThat(DUTY.dueOn(LocalDate.of(2023, 9, 15))).isEqualTo(DUTY.due(due));
        assertThat(DUTY.reading("a reading")).isEqualTo(duty(null, Modality.MUST, List.of(), List.of(), PERIOD, null, null, null, "a reading"));
        assertThat(DUTY.reading("a reading").readingIfAny()).contains("a reading");
    }

    @Test
    void should_keep_the_other_fields_when_changing_one() {
        // given
        Duty full = DUTY.inScope("music").withModality(Modality.SHOULD).jointlyWith(SECRETARIAT).to(KMK)
                .every(Frequency.yearly()).when(Condition.AT_ANY_TIME).dueOn(LocalDate.of(2023, 1, 1)).reading("r");

        // when
        Duty changed = full.during(SEAT);

        // then
        assertThat(changed).isEqualTo(new Duty("rule", "kmk.tasks-5", KMK, "approve", "annual-plan", "music", Modality.SHOULD,
                List.of(SECRETARIAT), List.of(KMK), SEAT, Frequency.yearly(), Condition.AT_ANY_TIME, Due.on(LocalDate.of(2023, 1, 1)), "r"));
    }

    @Test
    void should_tell_a_duty_whose_sentence_names_no_one() {
        // given
        Duty passive = Duty.of("rule", "c", null, "prepare", "budget", PERIOD);

        // then
        assertThat(passive.isUnspecified()).isTrue();
        assertThat(passive.actorIfNamed()).isEmpty();
        assertThat(DUTY.isUnspecified()).isFalse();
    }

    @Test
    void should_mark_a_post_holding_as_named_by_the_agreement_or_resting_on_a_reading() {
        // given
        PostHolding holding = new PostHolding("rule", "chair.who", "political-chair",
                "culture-committee-chair:ishoej", PERIOD, false, null);

        // when
        PostHolding fromAgreement = holding.fromAgreement();
        PostHolding read = holding.reading("a reading");

        // then
        assertThat(fromAgreement).isEqualTo(new PostHolding("rule", "chair.who", holding.post(), holding.holder(), PERIOD, true, null));
        assertThat(read).isEqualTo(new PostHolding("rule", "chair.who", holding.post(), holding.holder(), PERIOD, false, "a reading"));
        assertThat(holding.clauseIds()).containsExactly("chair.who");
        assertThat(holding.isUnspecified()).isFalse();
        assertThat(new PostHolding("rule", "vice.who", "vice-chair", null, PERIOD, false, null).isUnspecified()).isTrue();
    }

    @Test
    void should_mark_a_membership_as_resting_on_a_reading_and_tell_an_unnamed_member() {
        // given
        Seat seat = new Seat("rule", "kmk.who", "kmk", "culture-chief:ishoej", Modality.MUST, PERIOD, null);

        // when
        Seat read = seat.reading("a reading");

        // then
        assertThat(read).isEqualTo(new Seat("rule", "kmk.who", "kmk", seat.member(), Modality.MUST, PERIOD, "a reading"));
        assertThat(seat.clauseIds()).containsExactly("kmk.who");
        assertThat(seat.isUnspecified()).isFalse();
        assertThat(new Seat("rule", "board.who", "administrative-board", null, Modality.MUST, PERIOD, null).isUnspecified()).isTrue();
    }

    @Test
    void should_build_a_direct_reporting_line_and_change_it_one_field_at_a_time() {
        // given
        ReportingLine line = ReportingLine.direct("rule", "chief.reports", "project-chief:music",
                "home-municipality:music", "realisation", PERIOD, SECRETARIAT);

        // when
        ReportingLine forDuties = line.forDutiesOf(KMK);
        ReportingLine read = line.reading("a reading");

        // then
        assertThat(line).isEqualTo(new ReportingLine("rule", List.of("chief.reports"), line.from(), line.to(), "realisation",
                List.of(SECRETARIAT), List.of(), PERIOD, null, null));
        assertThat(forDuties).isEqualTo(new ReportingLine("rule", List.of("chief.reports"), line.from(), line.to(), "realisation",
                List.of(SECRETARIAT), List.of(), PERIOD, KMK, null));
        assertThat(read).isEqualTo(new ReportingLine("rule", List.of("chief.reports"), line.from(), line.to(), "realisation",
                List.of(SECRETARIAT), List.of(), PERIOD, null, "a reading"));
        assertThat(line.clauseId()).isEqualTo("chief.reports");
        assertThat(line.isDirect()).isTrue();
    }

    @Test
    void should_tell_a_transitive_line_by_its_steps_and_cite_its_first_clause_first() {
        // given
        ReportingLine transitive = new ReportingLine("rule", List.of("first.step", "second.step"), "project-chief:music",
                KMK, "realisation", List.of(), List.of("home-municipality:music"), PERIOD, null, null);

        // then
        assertThat(transitive.isDirect()).isFalse();
        assertThat(transitive.clauseId()).isEqualTo("first.step");
    }

    @Test
    void should_answer_about_its_own_subject_and_a_general_line_about_every_subject() {
        // given
        ReportingLine accounts = ReportingLine.direct("rule", "c", SECRETARIAT, KMK, "accounts", PERIOD);
        ReportingLine general = ReportingLine.direct("rule", "c", SECRETARIAT, KMK, ReportingLine.GENERAL, PERIOD);

        // then
        assertThat(accounts.isAbout("accounts")).isTrue();
        assertThat(accounts.isAbout("employment")).isFalse();
        assertThat(general.isAbout("employment")).isTrue();
    }

    @Test
    void should_refuse_a_reporting_line_that_cites_no_clause() {
        assertThatThrownBy(() -> new ReportingLine("rule", List.of(), SECRETARIAT, KMK, "accounts", List.of(), List.of(), PERIOD, null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("reporting line secretariat -> kmk cites no clause");
    }

    @Test
    void should_cite_the_clause_of_a_placement_and_carry_no_reading() {
        // given
        Placement placement = new Placement("rule", "secretariat.where", SECRETARIAT, "ishoej", PERIOD);

        // then
        assertThat(placement.clauseIds()).containsExactly("secretariat.where");
        assertThat(placement.reading()).isNull();
    }

    private static Duty duty(String scope, Modality modality, List<String> jointlyWith, List<String> recipients, Validity validity,
                             Frequency frequency, Condition condition, Due due, String reading) {
        return new Duty("rule", "kmk.tasks-5", KMK, "approve", "annual-plan", scope, modality, jointlyWith, recipients, validity,
                frequency, condition, due, reading);
    }
}
