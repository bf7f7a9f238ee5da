package dk.kulturmetropol.model;

import java.util.Objects;

/**
 * A fact of the agreement, as inserted into the rule session. A focus area and its home municipality (hjemkommune), for the agreement period.
 * Rule packs may match it, e.g. {@code FocusAreaHome($v : validity)}.
 *
 * @param area the focus area id
 * @param validity when it holds
 */
public record FocusAreaHome(String area, String municipality, Validity validity) {
    public FocusAreaHome {
        Objects.requireNonNull(validity, "validity");
    }
}
