package dk.kulturmetropol.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import dk.kulturmetropol.model.Agreement;
import dk.kulturmetropol.model.Duty;
import dk.kulturmetropol.model.Language;
import dk.kulturmetropol.model.Modality;
import dk.kulturmetropol.model.Sentences;
import org.junit.jupiter.api.Test;

/** A name that holds a sentence's own placeholders ({@code {to}}, {@code {on}}) is written as it is, never filled in. */
class PlaceholderInNameTest {
    private static final String NAME = "Musik {to} {on} {matter}";

    @Test
    void should_write_a_name_holding_placeholders_as_it_is() {
        // given a focus area whose name holds the placeholders of the sentences it is written into
        Agreement named = AgreementYaml.parse(AgreementYaml.defaultText().replace("name: Musikindsatsen,", "name: \"" + NAME + "\","),
                "named.yaml");
        Governance g = Governance.of(named);
        Sentences da = Sentences.of(g.labels(Language.DA));

        // when the question and every duty in its scope are written
        String question = da.who("approve", "annual-plan", "music", List.of(Modality.MUST), LocalDate.of(2022, 6, 1));
        List<Row<Duty>> rows = g.who("report", "focus-area-progress", Criteria.any().scope("music")).rows();
        List<String> sentences = rows.stream().map(r -> da.of(r.fact(), r::resolved)).toList();

        // then the name stands as written, and the date and recipients only where the words put them
        assertThat(question).contains(NAME).contains("den 1. juni 2022");
        assertThat(rows).anyMatch(r -> !r.fact().recipients().isEmpty());
        assertThat(sentences).isNotEmpty().filteredOn(s -> s.contains("Musik")).isNotEmpty().allMatch(s -> s.contains(NAME), "holds " + NAME);
    }
}
