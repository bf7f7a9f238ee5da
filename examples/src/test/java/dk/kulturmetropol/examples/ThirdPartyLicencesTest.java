package dk.kulturmetropol.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** The command line's jar lists every artifact it bundles with its licence, including those that ship no licence file. */
class ThirdPartyLicencesTest {

    @Test
    void should_list_each_bundled_artifact_with_its_licence_in_META_INF_THIRD_PARTY() throws IOException {
        try (InputStream in = KulturmetropolCli.class.getResourceAsStream("/META-INF/THIRD-PARTY.txt")) {
            assertThat(in).as("META-INF/THIRD-PARTY.txt in the examples' classes, which the shaded jar carries").isNotNull();
            String list = new String(in.readAllBytes(), StandardCharsets.UTF_8);

            // artifacts whose jars carry no licence file of their own, named with their POM's licence
            assertThat(list).containsPattern("\\(The Apache Software License, version 2\\.0\\) picocli \\(info\\.picocli:picocli:")
                    .containsPattern("\\(BSD-3-Clause\\) ical4j \\(org\\.mnode\\.ical4j:ical4j:")
                    .containsPattern("\\) SnakeYAML \\(org\\.yaml:snakeyaml:")
                    .containsPattern("GPL.*Classpath exception\\) JMH Core \\(org\\.openjdk\\.jmh:jmh-core:")
                    .containsPattern("Drools :: Core \\(org\\.drools:drools-core:")
                    // a test dependency is not bundled, so not listed
                    .doesNotContain("org.junit.jupiter").doesNotContain("languagetool");
        }
    }
}
