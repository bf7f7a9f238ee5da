package dk.kulturmetropol.model;

import java.util.Objects;

/**
 * A fact of the agreement, as inserted into the rule session. A focus area and its home municipality (hjemkommune), for the days that home leads while the focus area exists:
 * the agreement period, unless the focus area starts or ends within it or its home moves.
 * Rule packs may match it, e.g. {@code FocusAreaHome($v : validity)}.
 *
 * @param area the focus area id
 * @param municipality the id of the partner that leads it during {@code validity}
 * @param validity when it holds
 */
public record FocusAreaHome(String area, String municipality, Validity validity) {
    /**
     * Checks that the days are given.
     *
     * @param area         the focus area id
     * @param municipality the home's id
     * @param validity     the days it leads
     * @throws NullPointerException when {@code validity} is null
     */
    public FocusAreaHome {
        Objects.requireNonNull(validity, "validity");
    }
}
