package dk.kulturmetropol.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.kulturmetropol.model.DataPackDuty;
import dk.kulturmetropol.model.Frequency;
import dk.kulturmetropol.model.Modality;
import org.junit.jupiter.api.Test;

/** What {@link DataPackYaml} refuses, and the exact words, file and line it refuses it with. */
class DataPackYamlErrorsTest {
    private static final String HEADER = "source: S\nduties:\n";
    /** One valid entry, starting on line 3. */
    private static final String ENTRY = "  - clause: t.x\n    quote: Q.\n    for: the-agreement\n    actor: kmk\n"
            + "    action: publish\n    matter: programme\n";

    private static DataPackDuty only(String yaml) {
        DataPackYaml.Pack pack = DataPackYaml.parse(yaml, "p.yaml");
        assertThat(pack.duties()).hasSize(1);
        return pack.duties().get(0);
    }

    @Test
    void should_read_a_pack_of_exactly_the_most_characters_and_refuse_one_more_naming_its_length() {
        String pack = HEADER + ENTRY;
        String comments = ("#" + "x".repeat(998) + "\n").repeat((AgreementYaml.MAX_CHARS - pack.length()) / 1000 - 1);
        String longest = pack + comments + "# " + "x".repeat(AgreementYaml.MAX_CHARS - pack.length() - comments.length() - 2);
        String tooLong = longest + "x";

        assertThat(longest).hasSize(AgreementYaml.MAX_CHARS);
        assertThat(DataPackYaml.parse(longest, "p.yaml").duties()).singleElement()
                .satisfies(d -> assertThat(d.clauseId()).isEqualTo("t.x"));
        assertThatThrownBy(() -> DataPackYaml.parse(tooLong, "p.yaml")).isInstanceOf(RulePackException.class)
                .hasMessage("p.yaml: the file has 1000001 characters; a data pack is at most 1000000");
    }

    @Test
    void should_refuse_a_duplicate_key_in_an_entry_as_malformed_naming_line_9() {
        assertThatThrownBy(() -> DataPackYaml.parse(HEADER + ENTRY + "    actor: kmk\n", "p.yaml")).isInstanceOf(RulePackException.class)
                .hasMessage("p.yaml line 9: malformed YAML: Duplicate field 'actor'");
    }

    @Test
    void should_refuse_an_alias_naming_its_line_instead_of_reading_the_anchors_name() {
        // given a recipient given through an alias of the anchored actor
        String yaml = HEADER + ENTRY.replace("actor: kmk", "actor: &who kmk") + "    to: [*who]\n";

        // then it is refused at line 9, not read as a recipient called 'who'
        assertThatThrownBy(() -> DataPackYaml.parse(yaml, "p.yaml")).isInstanceOf(RulePackException.class)
                .hasMessage("p.yaml line 9: the alias '*who' is not read; expected the value itself "
                        + "(YAML anchors '&' and aliases '*' are not accepted)");
        // and likewise read from a file that anchors first and aliases after
        assertThatThrownBy(() -> DataPackYaml.parse("source: &s S\nduties:\n" + ENTRY + "    source: *s\n", "p.yaml"))
                .isInstanceOf(RulePackException.class).hasMessageStartingWith("p.yaml line 9: the alias '*s' is not read");
    }

    @Test
    void should_refuse_a_frequency_with_a_fraction_naming_key_value_and_line_instead_of_truncating_it() {
        assertThatThrownBy(() -> DataPackYaml.parse(HEADER + ENTRY + "    frequency: { per: year, min: 2.9 }\n", "p.yaml"))
                .isInstanceOf(RulePackException.class)
                .hasMessage("p.yaml line 9: 'duties[0].frequency.min' is '2.9', expected a whole number");
    }

    @Test
    void should_refuse_a_yearly_deadline_on_29_february_naming_line_and_value() {
        assertThatThrownBy(() -> DataPackYaml.parse(HEADER + ENTRY + "    due: \"--02-29\"\n", "p.yaml"))
                .isInstanceOf(RulePackException.class)
                .hasMessage("p.yaml line 9: due is '--02-29', a day most years lack; expected --02-28 or --03-01, the day it falls "
                        + "due every year");
    }

    @Test
    void should_refuse_a_duplicate_top_level_key_as_malformed_naming_line_2() {
        assertThatThrownBy(() -> DataPackYaml.parse("source: S\nsource: T\nduties:\n" + ENTRY, "p.yaml")).isInstanceOf(RulePackException.class)
                .hasMessage("p.yaml line 2: malformed YAML: Duplicate field 'source'");
    }

    @Test
    void should_refuse_duties_that_are_not_a_list_naming_the_key_and_its_line() {
        assertThatThrownBy(() -> DataPackYaml.parse("source: S\nduties: 5\n", "p.yaml")).isInstanceOf(RulePackException.class)
                .hasMessage("p.yaml line 2: 'duties' has the wrong shape: expected a list");
        // the key's line (2), not the line where the parser found the mapping (3)
        assertThatThrownBy(() -> DataPackYaml.parse("source: S\nduties:\n  foo: bar\n", "p.yaml")).isInstanceOf(RulePackException.class)
                .hasMessage("p.yaml line 2: 'duties' has the wrong shape: expected a list");
    }

    @Test
    void should_refuse_a_file_that_is_a_list_naming_the_line_where_it_starts() {
        assertThatThrownBy(() -> DataPackYaml.parse("# one\n# two\n- a\n", "p.yaml")).isInstanceOf(RulePackException.class)
                .hasMessage("p.yaml line 3: the file has the wrong shape: expected a mapping with the keys source, duties, labels");
    }

    @Test
    void should_refuse_a_quote_that_is_a_list_naming_its_path_and_line_4() {
        assertThatThrownBy(() -> DataPackYaml.parse(HEADER + "  - clause: t.x\n    quote: [a]\n", "p.yaml")).isInstanceOf(RulePackException.class)
                .hasMessage("p.yaml line 4: 'duties[0].quote' has the wrong shape: expected a single value");
    }

    @Test
    void should_refuse_an_actor_with_an_empty_role_naming_the_empty_part() {
        assertThatThrownBy(() -> DataPackYaml.parse(HEADER + ENTRY.replace("actor: kmk", "actor: \":kmk\""), "p.yaml"))
                .isInstanceOf(RulePackException.class)
                .hasMessage("p.yaml line 6: actor '' is not an id: expected ASCII kebab-case such as 'cultural-programme'");
    }

    @Test
    void should_refuse_a_clause_id_that_is_not_dotted_kebab_case_saying_parts_join_with_dots() {
        assertThatThrownBy(() -> DataPackYaml.parse(HEADER + ENTRY.replace("clause: t.x", "clause: t.Bad"), "p.yaml"))
                .isInstanceOf(RulePackException.class)
                .hasMessage("p.yaml line 3: clause 't.Bad' is not an id: expected ASCII kebab-case such as 'cultural-programme'"
                        + " (parts joined by dots, e.g. 'gladsaxe.programme')");
        assertThatThrownBy(() -> DataPackYaml.parse(HEADER + ENTRY.replace("action: publish", "action: Bad"), "p.yaml"))
                .isInstanceOf(RulePackException.class)
                .hasMessage("p.yaml line 7: action 'Bad' is not an id: expected ASCII kebab-case such as 'cultural-programme'");
    }

    @Test
    void should_refuse_an_unknown_modality_naming_the_ones_it_accepts() {
        assertThatThrownBy(() -> DataPackYaml.parse(HEADER + ENTRY + "    modality: shall\n", "p.yaml")).isInstanceOf(RulePackException.class)
                .hasMessage("p.yaml line 9: modality is 'shall', expected one of: must, should, may");
    }

    @Test
    void should_keep_the_actors_an_entry_acts_jointly_with_and_its_modality() {
        DataPackDuty duty = only(HEADER + ENTRY + "    modality: should\n    jointlyWith: [secretariat, \"home-municipality:music\"]\n");

        assertThat(duty.jointlyWith()).containsExactly("secretariat", "home-municipality:music");
        assertThat(duty.modality()).isEqualTo(Modality.SHOULD);
        assertThat(duty.origin()).isEqualTo("p.yaml line 3");
    }

    @Test
    void should_count_once_a_year_or_quarter_and_no_count_otherwise_when_an_entry_gives_no_min() {
        assertThat(only(HEADER + ENTRY + "    frequency: {per: year}\n").frequency())
                .isEqualTo(new Frequency(Frequency.Per.YEAR, 1, null, false));
        assertThat(only(HEADER + ENTRY + "    frequency: {per: quarter}\n").frequency())
                .isEqualTo(new Frequency(Frequency.Per.QUARTER, 1, null, false));
        assertThat(only(HEADER + ENTRY + "    frequency: {per: continuously}\n").frequency()).isEqualTo(Frequency.continuously());
        assertThat(only(HEADER + ENTRY + "    frequency: {per: as-needed}\n").frequency()).isEqualTo(Frequency.asNeeded());
        assertThat(only(HEADER + ENTRY + "    frequency: {per: year, alsoAsNeeded: true}\n").frequency())
                .isEqualTo(new Frequency(Frequency.Per.YEAR, 1, null, true));
        assertThat(only(HEADER + ENTRY + "    frequency: {per: year, min: 3, max: 4}\n").frequency()).isEqualTo(Frequency.perYear(3, 4));
    }

    @Test
    void should_name_the_keys_of_an_entry_as_they_are_written_when_an_entry_has_the_wrong_shape() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> DataPackYaml.parse(HEADER + "  - just text\n", "shape.yaml"))
                .isInstanceOf(RulePackException.class)
                .hasMessageContaining("expected a mapping with the keys clause, quote, source, for,")
                .hasMessageNotContaining("forEach");
    }

    @Test
    void should_refuse_a_frequency_as_needed_and_also_as_needed_at_its_line() {
        String entry = ENTRY + "    frequency: {per: as-needed, alsoAsNeeded: true}\n";

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> DataPackYaml.parse(HEADER + entry, "twice.yaml"))
                .isInstanceOf(RulePackException.class)
                .hasMessageStartingWith("twice.yaml line 9: ")
                .hasMessageContaining("give per: as-needed alone");
    }

    @Test
    void should_read_a_packs_labels_by_language_and_write_its_own_ids_with_them() {
        DataPackYaml.Pack pack = DataPackYaml.parse(HEADER + ENTRY + "labels:\n  da:\n    action.publish: offentliggør\n"
                + "    action.publish.do: \"offentliggøre {matter}\"\n    matter.programme.the: programmet\n  en:\n    action.publish: publishes\n", "p.yaml");
        dk.kulturmetropol.model.Agreement agreement = AgreementYaml.kulturmetropolen();
        dk.kulturmetropol.model.Labels da = dk.kulturmetropol.model.Labels.of(dk.kulturmetropol.model.Language.DA, agreement,
                pack.labels().get(dk.kulturmetropol.model.Language.DA));

        assertThat(pack.labels().get(dk.kulturmetropol.model.Language.EN)).containsExactly(java.util.Map.entry("action.publish", "publishes"));
        assertThat(da.label("action", "publish")).isEqualTo("offentliggør");
        assertThat(dk.kulturmetropol.model.Sentences.of(da).of(pack.duties().get(0).forAgreement("r", agreement.period())))
                .isEqualTo("KMK skal offentliggøre programmet.");
        assertThat(DataPackYaml.parse(HEADER + ENTRY, "p.yaml").labels()).isEmpty();
    }

    @Test
    void should_refuse_a_label_naming_its_line_and_what_is_accepted() {
        java.util.function.Function<String, String> refusal = labels -> org.junit.jupiter.api.Assertions.assertThrows(RulePackException.class,
                () -> DataPackYaml.parse(HEADER + ENTRY + "labels:\n" + labels, "p.yaml")).getMessage();

        assertThat(refusal.apply("  de: {action.publish: x}\n")).isEqualTo("p.yaml line 10: labels: unknown language 'de': expected one of en, da");
        assertThat(refusal.apply("  da:\n    action.approve: godkender\n"))
                .isEqualTo("p.yaml line 11: label key 'action.approve' is the library's own; a pack labels only the ids it brings");
        assertThat(refusal.apply("  da:\n    verb.publish: x\n")).isEqualTo("p.yaml line 11: label key 'verb.publish' is not one a pack may give: "
                + "expected KIND.ID or KIND.ID.FORM, KIND one of actor, action, matter, subject and FORM one of the, of, the.of, do, do.to, do.self");
        assertThat(refusal.apply("  da:\n    action.publish: ' '\n")).isEqualTo("p.yaml line 11: label 'action.publish' is empty; expected the words for it");
        assertThat(refusal.apply("  da: [x]\n")).isEqualTo("p.yaml line 10: 'labels.da' has the wrong shape: expected a mapping");
    }
}
