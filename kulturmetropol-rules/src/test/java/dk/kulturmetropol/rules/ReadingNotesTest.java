package dk.kulturmetropol.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import dk.kulturmetropol.model.Partner;
import org.junit.jupiter.api.Test;

/** Every reading a rule marks is listed, with its sentence and reason, in READING.md. */
class ReadingNotesTest {

    private static final Governance G = Governance.kulturmetropolen()
            .withPartner(new Partner("gladsaxe", "Gladsaxe Kommune", LocalDate.of(2023, 1, 1), null));

    @Test
    void should_list_the_clause_of_every_reading_in_the_reading_notes() throws IOException {
        String notes = Files.readString(Path.of("READING.md"), StandardCharsets.UTF_8);
        Set<String> readings = new TreeSet<>();
        for (String actor : G.accepted("actor")) {
            Stream.of(G.duties(actor).rows(), G.duties(actor).unspecified(), G.reports(actor).rows())
                    .flatMap(java.util.List::stream)
                    .filter(r -> r.reading().isPresent())
                    .forEach(r -> readings.add(r.clause().id()));
        }
        for (String body : G.accepted("body")) {
            G.members(body).rows().stream().filter(r -> r.reading().isPresent()).forEach(r -> readings.add(r.clause().id()));
        }

        assertThat(readings).as("rules mark readings").contains("psg.tasks-1", "partner.who-2", "home.tasks-5", "vice.meetings");
        assertThat(readings).allSatisfy(id -> assertThat(notes).as("READING.md lists " + id).contains("`" + id + "`"));
    }
}
