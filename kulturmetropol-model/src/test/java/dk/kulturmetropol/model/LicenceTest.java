package dk.kulturmetropol.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LicenceTest {

    @Test
    void should_ship_the_apache_licence_as_META_INF_LICENSE() throws IOException {
        // given the module's own classes folder, first on the test classpath
        try (InputStream in = Vocabulary.class.getResourceAsStream("/META-INF/LICENSE")) {
            // then the jar made from it carries the licence
            assertThat(in).as("META-INF/LICENSE in the model's classes").isNotNull();
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(text).contains("Apache License").contains("Version 2.0, January 2004");
        }
    }
}
